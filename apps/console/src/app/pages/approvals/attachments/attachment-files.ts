import { inject, Injectable } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { ApprovalsApi } from '../../../core/api/approvals-api.service';
import { TranslateService } from '../../../core/i18n/translate.service';
import { saveBlob } from '../../../core/ui/downloads';

/** A file size as people read it: 820 B, 14.2 KB, 3.1 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Saves an attachment to the user's computer. Downloads carry the session's token, so the file
 * is fetched here and handed to the browser, rather than linked.
 */
@Injectable({ providedIn: 'root' })
export class AttachmentFiles {
  private readonly api = inject(ApprovalsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  async save(id: string, name: string): Promise<void> {
    try {
      saveBlob(await firstValueFrom(this.api.download(id)), name);
    } catch (error) {
      this.message.error(this.i18n.error(error));
    }
  }
}
