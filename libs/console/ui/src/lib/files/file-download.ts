import { inject, type WritableSignal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom, type Observable } from 'rxjs';
import { TranslateService } from '../i18n/translate.service';
import { saveBlob } from './downloads';

/**
 * Fetches a file the service makes (a ledger, a template) and saves it under the name given,
 * the same way everywhere: `busy` is set while it comes, and a failure is said in the page's
 * language. Call it where `inject` works; it answers the function a button calls.
 */
export function fileDownload(): (
  fetch: Observable<Blob>,
  name: () => string,
  busy: WritableSignal<boolean>,
) => Promise<void> {
  const message = inject(NzMessageService);
  const i18n = inject(TranslateService);
  return async (fetch, name, busy) => {
    busy.set(true);
    try {
      saveBlob(await firstValueFrom(fetch), name());
    } catch (error) {
      message.error(i18n.error(error));
    } finally {
      busy.set(false);
    }
  };
}
