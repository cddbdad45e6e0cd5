import type { MessageKey } from '../i18n/messages.zh-cn';
import { notices } from '../i18n/notices';
import type { MessageParams } from '../i18n/translate.service';
import { FORM_IMPORTS } from '../imports/form-imports';
import { FormDialogComponent } from './form-dialog.component';

/** What every reactive form in a dialog imports: a form's bundle (FORM_IMPORTS) and the dialog. */
export const DIALOG_FORM_IMPORTS = [...FORM_IMPORTS, FormDialogComponent] as const;

/**
 * Says, in the page's language, that a save went through, then lets the page go on (close the
 * dialog, load again). Call it where `inject` works; it answers the function a form's `sent` calls.
 */
export function savedNotice(): (key: MessageKey, next: { emit(): void }, params?: MessageParams) => void {
  const notice = notices();
  return (key, next, params) => {
    notice.done(key, params);
    next.emit();
  };
}
