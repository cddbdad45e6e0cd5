import { inject, Injectable } from '@angular/core';
import { ApprovalsApi } from '../api/approvals-api.service';
import { ServiceFiles } from './service-files';

/** A file size as people read it: 820 B, 14.2 KB, 3.1 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Attachments of the approvals service: a request's files and those sent with an action. */
@Injectable({ providedIn: 'root' })
export class AttachmentFiles extends ServiceFiles {
  constructor() {
    super(inject(ApprovalsApi));
  }
}
