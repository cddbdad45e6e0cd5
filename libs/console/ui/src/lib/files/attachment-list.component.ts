import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { ButtonComponent } from '../actions/button.component';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { AttachmentFiles, fileButton, fileSize } from './attachment-files';

/** What a list needs of an attachment; request attachments also know their size. */
export interface AttachmentItem {
  id: string;
  name: string;
  sha256: string;
  size?: number;
}

/**
 * Attachments as links that download them, with size and a fingerprint to compare copies by.
 * Another service's files download through `download`; those `previewable` names get a preview
 * button, whose click goes to `previewed` (the parent shows the file).
 */
@Component({
  selector: 'bst-attachment-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzTooltipModule, ButtonComponent],
  template: `
    <ul class="files">
      @for (row of rows(); track row.file.id) {
        @let file = row.file;
        <li data-testid="attachment-item">
          <nz-icon nzType="paper-clip" />
          <button type="button" class="link" (click)="save(file)" data-testid="attachment-download">
            {{ file.name }}
          </button>
          @if (row.preview; as preview) {
            <bst-button [button]="preview" size="small" (pressed)="previewed.emit(file)" />
          }
          @if (file.size !== undefined) {
            <span class="bst-muted">{{ size(file.size) }}</span>
          }
          <span
            class="bst-muted hash"
            nz-tooltip
            [nzTooltipTitle]="file.sha256"
            [attr.aria-label]="'attachment.sha256' | t: { hash: file.sha256 }"
            >SHA-256 {{ file.sha256.slice(0, 8) }}</span
          >
        </li>
      } @empty {
        @if (showEmpty()) {
          <li class="bst-muted">{{ 'attachment.none' | t }}</li>
        }
      }
    </ul>
  `,
  styles: `
    .files {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      line-height: 24px;
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: #1677ff;
      cursor: pointer;
    }
    .hash {
      font-family: ui-monospace, Menlo, Consolas, monospace;
      font-size: 12px;
    }
  `,
})
export class AttachmentListComponent {
  private readonly files$ = inject(AttachmentFiles);
  readonly files = input<readonly AttachmentItem[]>([]);
  readonly showEmpty = input(true);
  /** Saves a file; by default an approvals attachment. */
  readonly download = input<(id: string, name: string) => Promise<void>>((id, name) =>
    this.files$.save(id, name),
  );
  readonly previewable = input<(file: AttachmentItem) => boolean>(() => false);
  readonly previewed = output<AttachmentItem>();
  protected readonly size = fileSize;
  protected readonly rows = computed(() =>
    this.files().map((file) => ({
      file,
      preview: this.previewable()(file)
        ? fileButton(file, 'attachment.preview', 'eye', 'attachment-preview')
        : null,
    })),
  );

  protected save(file: AttachmentItem): void {
    void this.download()(file.id, file.name);
  }
}
