import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import type { FileRef } from '@bastion/rectification-contracts';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { TranslateService } from '../i18n/translate.service';
import { AttachmentListComponent, type AttachmentItem } from './attachment-list.component';
import { RectificationFiles } from './rectification-files';
import { previewKind, previewType } from './file-preview';

/** Where files are fetched from: each service keeps its own, behind the session's token. */
export interface FileSource {
  save(id: string, name: string): Promise<void>;
  fetch(id: string): Promise<Blob>;
}

interface Preview {
  name: string;
  kind: 'image' | 'pdf';
  /** The object URL, released when the preview closes. */
  url: string | null;
  safe: SafeResourceUrl | null;
  failed: string | null;
}

/**
 * Files of an item or a report: each downloads on a click (with the session's token), images and
 * PDFs also open in a preview, shown from a local object URL that is released on closing. The
 * rectification service's files by default; `source` fetches another service's.
 */
@Component({
  selector: 'bst-file-links',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzModalModule, NzSpinModule, AttachmentListComponent],
  template: `
    <bst-attachment-list
      [files]="files()"
      [showEmpty]="showEmpty()"
      [download]="save"
      [previewable]="canPreview"
      (previewed)="open($event)"
    />
    @if (preview(); as p) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="p.name"
        [nzFooter]="null"
        nzWidth="880px"
        (nzOnCancel)="close()"
      >
        <ng-container *nzModalContent>
          @if (p.failed) {
            <span class="bst-overdue">{{ p.failed }}</span>
          } @else if (!p.url) {
            <nz-spin nzSimple />
          } @else if (p.kind === 'image') {
            <img class="image" [src]="p.url" [alt]="p.name" data-testid="preview-image" />
          } @else {
            <iframe class="pdf" [src]="p.safe" [title]="p.name" data-testid="preview-pdf"></iframe>
          }
        </ng-container>
      </nz-modal>
    }
  `,
  styles: `
    .image {
      display: block;
      max-width: 100%;
      margin: 0 auto;
    }
    .pdf {
      width: 100%;
      height: 70vh;
      border: 0;
    }
  `,
})
export class FileLinksComponent {
  private readonly rectification = inject(RectificationFiles);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly i18n = inject(TranslateService);

  readonly files = input<readonly FileRef[]>([]);
  readonly showEmpty = input(false);
  readonly source = input<FileSource | null>(null);
  protected readonly preview = signal<Preview | null>(null);
  protected readonly canPreview = (file: AttachmentItem) => previewKind(file.name) !== null;
  private readonly store = computed(() => this.source() ?? this.rectification);
  protected readonly save = (id: string, name: string) => this.store().save(id, name);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.close());
  }

  protected async open(file: AttachmentItem): Promise<void> {
    const kind = previewKind(file.name);
    if (!kind) return;
    this.close();
    const shown: Preview = { name: file.name, kind, url: null, safe: null, failed: null };
    this.preview.set(shown);
    try {
      const blob = await this.store().fetch(file.id);
      // A preview closed or replaced while its file was coming is not reopened.
      if (this.preview() !== shown) return;
      const typed = new Blob([blob], { type: previewType(kind, file.name, blob.type) });
      const url = URL.createObjectURL(typed);
      // The URL is one this page just made from the service's bytes: safe to frame.
      this.preview.set({ ...shown, url, safe: this.sanitizer.bypassSecurityTrustResourceUrl(url) });
    } catch (error) {
      if (this.preview() === shown) this.preview.set({ ...shown, failed: this.i18n.error(error) });
    }
  }

  protected close(): void {
    const url = this.preview()?.url;
    if (url) URL.revokeObjectURL(url);
    this.preview.set(null);
  }
}
