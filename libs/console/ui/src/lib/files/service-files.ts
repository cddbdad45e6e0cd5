import { inject } from '@angular/core';
import type { FileRef } from '@bastion/shared-contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { TranslateService } from '../i18n/translate.service';
import type { StoreFile } from './attachment-upload.component';
import { saveBlob } from './downloads';
import type { FileSource } from './file-links.component';

/** The file routes a service's client offers: store one, fetch one back. */
export interface FileRoutes {
  upload(file: Blob, name: string): Observable<Omit<FileRef, 'size'>>;
  download(id: string): Observable<Blob>;
}

/**
 * One service's files, for the upload field, the file lists and previews: stored through the
 * service and fetched back with the session's token (so a plain link would not do), saved to
 * the user's computer or handed over for a preview. Each service's files extend this.
 */
export abstract class ServiceFiles implements FileSource {
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  protected constructor(private readonly routes: FileRoutes) {}

  /** For the upload field: the service answers with a reference; the size is the file's own. */
  readonly store: StoreFile = (file) =>
    this.routes.upload(file, file.name).pipe(map((ref) => ({ ...ref, size: file.size })));

  async save(id: string, name: string): Promise<void> {
    try {
      saveBlob(await firstValueFrom(this.routes.download(id)), name);
    } catch (error) {
      this.message.error(this.i18n.error(error));
    }
  }

  /** The file's content, for a preview; the caller releases the object URL it makes of it. */
  fetch(id: string): Promise<Blob> {
    return firstValueFrom(this.routes.download(id));
  }
}
