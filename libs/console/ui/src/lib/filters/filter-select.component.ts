import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslateService } from '../i18n/translate.service';

/** An option's text: a catalogue key, or the `{ zh, en }` pair the contracts name it with. */
export type OptionText = MessageKey | { readonly zh: string; readonly en: string };

/**
 * A clearable choice of one value in a filter bar (a status, a source, a light): the values in
 * order, each named by `text`. Clearing picks null. The test id sits on the select itself.
 */
@Component({
  selector: 'bst-filter-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzSelectModule],
  template: `
    <nz-select
      nzAllowClear
      [nzPlaceHolder]="placeholder()"
      [ngModel]="value()"
      (ngModelChange)="picked.emit($event)"
      [attr.data-testid]="testId()"
    >
      @for (option of options(); track option) {
        <nz-option [nzValue]="option" [nzLabel]="textOf(option)" />
      }
    </nz-select>
  `,
  styles: ':host { display: inline-block; } nz-select { width: 100%; }',
})
export class FilterSelectComponent<T> {
  private readonly i18n = inject(TranslateService);
  readonly options = input.required<readonly T[]>();
  readonly text = input.required<(option: T) => OptionText>();
  readonly value = input<T | null | undefined>(null);
  readonly placeholder = input('');
  readonly testId = input<string | null>(null);
  readonly picked = output<T | null>();

  protected textOf(option: T): string {
    const text = this.text()(option);
    return typeof text === 'string' ? this.i18n.t(text) : this.i18n.label(text);
  }
}
