import { inject } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { MessageKey } from './messages.zh-cn';
import { type MessageParams, TranslateService } from './translate.service';

/** The short notices a page shows after an act, in the user's language. */
export interface Notices {
  /** The act went through: the sentence `key` names, with its params. */
  done(key: MessageKey, params?: MessageParams): void;
  /** The act failed: our sentence for the error's code. */
  failed(error: unknown): void;
}

/**
 * A page's notices (`private readonly notice = notices()`), instead of injecting the message
 * service and the translations only to say that something went through or failed. Call it where
 * `inject` works.
 */
export function notices(): Notices {
  const message = inject(NzMessageService);
  const i18n = inject(TranslateService);
  return {
    done: (key, params) => message.success(i18n.t(key, params)),
    failed: (error) => message.error(i18n.error(error)),
  };
}
