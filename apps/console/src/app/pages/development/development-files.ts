import { inject, Injectable } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom, map } from 'rxjs';
import { DevelopmentApi } from '../../core/api/development-api.service';
import { TranslateService } from '../../core/i18n/translate.service';
import { saveBlob } from '../../core/ui/downloads';
import type { StoreFile } from '../approvals/attachments/attachment-upload.component';
import type { FileSource } from '../rectification/shared/file-links.component';

/**
 * Files of the development service: evidence stored through it with each step, and fetched back
 * with the session's token to save or to preview.
 */
@Injectable({ providedIn: 'root' })
export class DevelopmentFiles implements FileSource {
  private readonly api = inject(DevelopmentApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  /** For the upload field: the service answers with a reference; the size is the file's own. */
  readonly store: StoreFile = (file) =>
    this.api.upload(file, file.name).pipe(map((ref) => ({ ...ref, size: file.size })));

  async save(id: string, name: string): Promise<void> {
    try {
      saveBlob(await firstValueFrom(this.api.download(id)), name);
    } catch (error) {
      this.message.error(this.i18n.error(error));
    }
  }

  fetch(id: string): Promise<Blob> {
    return firstValueFrom(this.api.download(id));
  }
}
