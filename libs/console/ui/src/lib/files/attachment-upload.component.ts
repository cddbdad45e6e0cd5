import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import type { Attachment } from '@bastion/approvals-contracts';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { firstValueFrom, type Observable } from 'rxjs';
import { ButtonComponent, type ButtonSpec } from '../actions/button.component';
import { ApiError } from '../api/api-error';
import { ApprovalsApi } from '../api/approvals-api.service';
import { TranslateService } from '../i18n/translate.service';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { fileButton, fileSize } from './attachment-files';

/** The service's limits, checked here first so a user does not wait for an upload it will refuse. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

/** What the list keeps of a stored file: enough to show it and to refer to it in an action. */
export type StoredFile = Pick<Attachment, 'id' | 'name' | 'sha256' | 'size'>;

/** Stores one chosen file with a service; by default as an approvals attachment. */
export type StoreFile = (file: File) => Observable<StoredFile>;

interface Failure {
  name: string;
  reason: string;
}

/**
 * Uploads files one by one as they are chosen; the value is the list of stored attachments. A
 * file the service refuses (too large, a type it does not take) is named with the reason and
 * the others go on. `store` sends the files to another service's file store instead.
 */
@Component({
  selector: 'bst-attachment-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzSpinModule, ButtonComponent],
  template: `
    <input
      #picker
      type="file"
      multiple
      class="picker"
      (change)="chosen(picker)"
      [attr.aria-label]="'attachment.add' | t"
      [attr.data-testid]="testId() + '-input'"
    />
    <bst-button [button]="add()" (pressed)="picker.click()" />
    <span class="bst-muted limit">{{ 'attachment.limit' | t: { size: limit } }}</span>
    <ul class="files">
      @for (row of stored(); track row.file.id) {
        <li data-testid="uploaded-file">
          <nz-icon nzType="paper-clip" />{{ row.file.name }}
          <span class="bst-muted">{{ size(row.file.size) }}</span>
          <bst-button [button]="row.remove" size="small" (pressed)="remove($event)" />
        </li>
      }
      @for (name of uploading(); track $index) {
        <li class="bst-muted"><nz-spin nzSimple nzSize="small" />{{ name }}</li>
      }
      @for (failure of failures(); track $index) {
        <li class="failed" data-testid="upload-error">
          <nz-icon nzType="exclamation-circle" />{{
            'attachment.failed' | t: { name: failure.name, reason: failure.reason }
          }}
        </li>
      }
    </ul>
  `,
  styles: `
    /* Above the form's own rule for file inputs. */
    :host .picker {
      display: none;
    }
    .limit {
      margin-left: 8px;
      font-size: 12px;
    }
    .files {
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      line-height: 28px;
    }
    .failed {
      color: #ff4d4f;
    }
  `,
})
export class AttachmentUploadComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly i18n = inject(TranslateService);

  readonly attachments = model<StoredFile[]>([]);
  readonly disabled = input(false);
  /** Where the files go; an approvals attachment where none is given. */
  readonly store = input<StoreFile | null>(null);
  readonly testId = input('attachment-upload');

  protected readonly uploading = signal<string[]>([]);
  protected readonly failures = signal<Failure[]>([]);
  protected readonly size = fileSize;
  protected readonly limit = fileSize(MAX_ATTACHMENT_BYTES);
  protected readonly add = computed((): ButtonSpec => ({
    key: 'add',
    label: 'attachment.add',
    icon: 'upload',
    disabled: this.disabled(),
    testId: this.testId(),
  }));
  protected readonly stored = computed(() =>
    this.attachments().map((file) => ({ file, remove: fileButton(file, 'attachment.remove', 'delete') })),
  );

  /** Whether an upload is still under way (the form waits for it before submitting). */
  readonly busy = () => this.uploading().length > 0;

  protected async chosen(picker: HTMLInputElement): Promise<void> {
    const files = [...(picker.files ?? [])];
    picker.value = '';
    this.failures.set([]);
    for (const file of files) await this.upload(file);
  }

  protected remove(id: string): void {
    this.attachments.update((list) => list.filter((a) => a.id !== id));
  }

  private async upload(file: File): Promise<void> {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      return this.fail(file.name, this.i18n.t('attachment.tooLarge', { size: this.limit }));
    }
    if (this.attachments().length >= MAX_ATTACHMENTS) {
      return this.fail(file.name, this.i18n.t('attachment.tooMany', { n: MAX_ATTACHMENTS }));
    }
    this.uploading.update((names) => [...names, file.name]);
    try {
      const store = this.store() ?? ((chosen: File) => this.api.upload(chosen, chosen.name));
      const stored = await firstValueFrom(store(file));
      this.attachments.update((list) => [...list, stored]);
    } catch (error) {
      this.fail(file.name, this.reason(error));
    } finally {
      this.uploading.update((names) => names.filter((n, i) => i !== names.indexOf(file.name)));
    }
  }

  private reason(error: unknown): string {
    const apiError = ApiError.from(error);
    // The proxy's own 413 carries no body; the service's carries its code and limit.
    if (apiError.status === 413) return this.i18n.t('attachment.tooLarge', { size: this.limit });
    // By code: a kind not taken names the kinds that are; content unlike its name names the extension.
    return this.i18n.error(apiError);
  }

  private fail(name: string, reason: string): void {
    this.failures.update((list) => [...list, { name, reason }]);
  }
}
