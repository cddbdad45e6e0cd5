import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type NzButtonSize, type NzButtonType } from 'ng-zorro-antd/button';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { KIT_IMPORTS } from '../imports/kit-imports';

/**
 * One button of a row, as data: its words (or, with `iconOnly`, its accessible name), its icon,
 * how it looks, and either the page it opens (`link`) or the key it is pressed with.
 */
export interface ButtonSpec {
  readonly key: string;
  readonly label: MessageKey;
  readonly icon?: string;
  readonly type?: NzButtonType;
  readonly danger?: boolean;
  readonly testId?: string;
  readonly link?: readonly unknown[] | string;
  readonly queryParams?: Readonly<Record<string, string | null>>;
  readonly loading?: boolean;
  readonly disabled?: boolean;
  /** Shows only the icon; the words become the button's accessible name. */
  readonly iconOnly?: boolean;
}

/**
 * A row of buttons and links laid out from their `ButtonSpec`s: a page's header actions, a
 * card's links, a dialog's tools. A link opens its page; a button says which was pressed.
 */
@Component({
  selector: 'bst-button-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, RouterLink],
  template: `
    @for (button of buttons(); track button.key) {
      @let words = button.label | t;
      @if (button.link) {
        <a
          nz-button
          [nzType]="button.type ?? 'default'"
          [nzSize]="size()"
          [routerLink]="button.link"
          [queryParams]="button.queryParams"
          [attr.aria-label]="button.iconOnly ? words : null"
          [attr.data-testid]="button.testId ?? null"
        >
          @if (button.icon) {
            <nz-icon [nzType]="button.icon" />
          }
          {{ button.iconOnly ? '' : words }}
        </a>
      } @else {
        <button
          nz-button
          type="button"
          [nzType]="button.type ?? 'default'"
          [nzSize]="size()"
          [nzDanger]="!!button.danger"
          [nzLoading]="!!button.loading"
          [disabled]="!!button.disabled"
          (click)="pressed.emit(button.key)"
          [attr.aria-label]="button.iconOnly ? words : null"
          [attr.data-testid]="button.testId ?? null"
        >
          @if (button.icon) {
            <nz-icon [nzType]="button.icon" />
          }
          {{ button.iconOnly ? '' : words }}
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
  `,
})
export class ButtonRowComponent {
  readonly buttons = input.required<readonly ButtonSpec[]>();
  readonly size = input<NzButtonSize>('default');
  readonly pressed = output<string>();
}
