import { inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';
import { type MessageParams, TranslateService } from '../i18n/translate.service';
import { ControlFieldComponent } from './control-field.component';
import { FormDialogComponent } from './form-dialog.component';
import { FormFieldComponent } from './form-field.component';
import { FormFieldsComponent } from './form-fields.component';

/** What every reactive form in a dialog imports: the forms, the dialog, its fields and the `t` pipe. */
export const DIALOG_FORM_IMPORTS = [
  ReactiveFormsModule,
  NzFormModule,
  FormDialogComponent,
  FormFieldComponent,
  ControlFieldComponent,
  FormFieldsComponent,
  TranslatePipe,
] as const;

/**
 * Says, in the page's language, that a save went through, then lets the page go on (close the
 * dialog, load again). Call it where `inject` works; it answers the function a form's `sent` calls.
 */
export function savedNotice(): (key: MessageKey, next: { emit(): void }, params?: MessageParams) => void {
  const message = inject(NzMessageService);
  const i18n = inject(TranslateService);
  return (key, next, params) => {
    message.success(i18n.t(key, params));
    next.emit();
  };
}
