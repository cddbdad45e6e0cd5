import { inject, Injectable } from '@angular/core';
import type { ButtonSpec } from '../actions/button.component';
import { ApprovalsApi } from '../api/approvals-api.service';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { ServiceFiles } from './service-files';

/** A file size as people read it: 820 B, 14.2 KB, 3.1 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A file's own small button in a list of files (preview it, remove it): its icon alone, named
 * with the file for a screen reader, pressed with the file's id.
 */
export function fileButton(
  file: { readonly id: string; readonly name: string },
  label: MessageKey,
  icon: string,
  testId?: string,
): ButtonSpec {
  return { key: file.id, label, params: { name: file.name }, icon, type: 'link', iconOnly: true, testId };
}

/** Attachments of the approvals service: a request's files and those sent with an action. */
@Injectable({ providedIn: 'root' })
export class AttachmentFiles extends ServiceFiles {
  constructor() {
    super(inject(ApprovalsApi));
  }
}
