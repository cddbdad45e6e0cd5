import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { MessageKey } from './messages.zh-cn';
import { type MessageParams, TranslateService } from './translate.service';

/**
 * `{{ 'login.title' | t }}`. Impure on purpose: the language is a signal read inside
 * `transform`, so a switch re-renders the view even though the key did not change.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(key: MessageKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }
}
