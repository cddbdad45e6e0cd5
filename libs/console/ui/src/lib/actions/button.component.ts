import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type NzButtonSize, type NzButtonType } from 'ng-zorro-antd/button';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { type MessageParams, TranslateService } from '../i18n/translate.service';
import { KIT_IMPORTS } from '../imports/kit-imports';

/**
 * One button, as data: its words (the catalogue's `label` with its `params`, or `text` the page
 * has already put in words; with `iconOnly`, its accessible name), its icon (before the words,
 * or after them with `iconEnd`), how it looks, and either the page it opens (`link`) or the key
 * it is pressed with.
 */
export interface ButtonSpec {
  readonly key: string;
  readonly label?: MessageKey;
  readonly params?: MessageParams;
  readonly text?: string;
  readonly icon?: string;
  readonly iconEnd?: boolean;
  readonly type?: NzButtonType;
  readonly danger?: boolean;
  readonly testId?: string | null;
  readonly link?: readonly unknown[] | string;
  readonly queryParams?: Readonly<Record<string, string | null>>;
  readonly loading?: boolean;
  readonly disabled?: boolean;
  /** Shows only the icon; the words become the button's accessible name. */
  readonly iconOnly?: boolean;
}

/**
 * A button or a link drawn from its `ButtonSpec`, the one way the kit draws one: a link opens
 * its page, a button says it was pressed. It stands in its parent's layout as the button itself.
 */
@Component({
  selector: 'bst-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, RouterLink],
  template: `
    @let b = button();
    @let words = wordsOf(b);
    @if (b.link) {
      <a
        nz-button
        [nzType]="b.type ?? 'default'"
        [nzSize]="size()"
        [routerLink]="b.link"
        [queryParams]="b.queryParams"
        [attr.aria-label]="b.iconOnly ? words : null"
        [attr.data-testid]="b.testId ?? null"
      >
        @if (b.icon) {
          <nz-icon [nzType]="b.icon" />
        }
        {{ b.iconOnly ? '' : words }}
      </a>
    } @else {
      <button
        nz-button
        type="button"
        [nzType]="b.type ?? 'default'"
        [nzSize]="size()"
        [nzDanger]="!!b.danger"
        [nzLoading]="!!b.loading"
        [disabled]="!!b.disabled"
        (click)="pressed.emit(b.key)"
        [attr.aria-label]="b.iconOnly ? words : null"
        [attr.data-testid]="b.testId ?? null"
      >
        @if (b.icon && !b.iconEnd) {
          <nz-icon [nzType]="b.icon" />
        }
        {{ b.iconOnly ? '' : words }}
        @if (b.icon && b.iconEnd) {
          <nz-icon [nzType]="b.icon" />
        }
      </button>
    }
  `,
  styles: ':host { display: contents; }',
})
export class ButtonComponent {
  private readonly i18n = inject(TranslateService);

  readonly button = input.required<ButtonSpec>();
  readonly size = input<NzButtonSize>('default');
  readonly pressed = output<string>();

  protected wordsOf(button: ButtonSpec): string {
    return button.text ?? (button.label ? this.i18n.t(button.label, button.params) : '');
  }
}

/** The reload button of a bar or a record's page: its icon alone, named for a screen reader. */
export function reloadButton(testId: string | null, type: NzButtonType = 'default'): ButtonSpec {
  return { key: 'reload', label: 'common.reload', icon: 'reload', iconOnly: true, type, testId };
}

/**
 * The button that sends a form, `<testId>-submit`: primary (red where the act closes or undoes
 * something), spinning while it sends.
 */
export function submitButton(testId: string, text: string, sending: boolean, danger = false): ButtonSpec {
  return { key: 'submit', text, type: 'primary', danger, loading: sending, testId: `${testId}-submit` };
}
