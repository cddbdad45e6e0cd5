import { inject, Pipe, type PipeTransform } from '@angular/core';
import { TranslateService } from './translate.service';

/**
 * `{{ sourceLabels[row.source] | label }}`: the text of a `{ zh, en }` pair as the contracts give
 * their names. Impure for the same reason as the `t` pipe: the language is a signal.
 */
@Pipe({ name: 'label', pure: false })
export class LabelPipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(pair: { zh: string; en: string } | null | undefined): string {
    return pair ? this.i18n.label(pair) : '';
  }
}
