import { inject } from '@angular/core';
import { NzModalService } from 'ng-zorro-antd/modal';
import { TranslateService } from '../i18n/translate.service';

/** What a confirmation asks, in the page's language: the question, why it matters, and the act's own word. */
export interface Confirmation {
  readonly title: string;
  readonly content?: string;
  readonly ok: string;
  /** Red where the act closes or undoes something. */
  readonly danger?: boolean;
}

/**
 * Asks before a consequential act (reject, return, close a batch), the same way everywhere: the
 * answer is yes only when the user presses the act's button. Call it where `inject` works, in a
 * component that imports ng-zorro's modal; it answers the function that asks.
 */
export function confirmer(): (asked: Confirmation) => Promise<boolean> {
  const modal = inject(NzModalService);
  const i18n = inject(TranslateService);
  return (asked) =>
    new Promise((resolve) => {
      modal.confirm({
        nzTitle: asked.title,
        nzContent: asked.content,
        nzOkText: asked.ok,
        nzOkDanger: asked.danger ?? false,
        nzCancelText: i18n.t('common.cancel'),
        nzOnOk: () => resolve(true),
        nzOnCancel: () => resolve(false),
      });
    });
}
