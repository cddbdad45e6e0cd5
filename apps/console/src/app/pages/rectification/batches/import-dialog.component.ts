import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ImportProblem } from '@bastion/rectification-contracts';
import { RectificationErrorCode } from '@bastion/rectification-contracts';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import type { Subscription } from 'rxjs';
import {
  ApiError,
  ButtonRowComponent,
  type ButtonSpec,
  DataTableComponent,
  fileDownload,
  ListCellDirective,
  PAGE_IMPORTS,
  RectificationApi,
  type TableSpec,
  TranslateService,
} from '@bastion/console-ui';
import { importColumnText, importProblemText } from '../rectification-labels';
import { problemsByRow } from './import-problems';

/** Where an import stands: a file to choose, an upload under way, or what the service said. */
type ImportState =
  | { step: 'choose' }
  | { step: 'uploading'; percent: number }
  | { step: 'imported'; count: number }
  | { step: 'refused'; rows: ImportProblem[] }
  | { step: 'failed'; error: ApiError };

/**
 * Imports a batch's items from a filled-in template. The service checks every row and imports
 * all or nothing: a refusal lists each bad row with all its problems, so the sheet can be fixed
 * in one go. Large files show their upload's progress.
 */
@Component({
  selector: 'bst-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    NzModalModule,
    NzProgressModule,
    ButtonRowComponent,
    DataTableComponent,
    ListCellDirective,
  ],
  templateUrl: './import-dialog.component.html',
  styles: `
    .step {
      margin-bottom: 16px;
    }
    .picker {
      display: none;
    }
    .chosen {
      margin-left: 8px;
    }
    .inline {
      display: inline-flex;
    }
    .footer {
      justify-content: flex-end;
    }
    ul {
      margin: 0;
      padding-left: 18px;
    }
  `,
})
export class ImportDialogComponent {
  private readonly api = inject(RectificationApi);
  private readonly download = fileDownload();
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(TranslateService);

  readonly batchId = input.required<string>();
  readonly imported = output<number>();
  readonly closed = output();

  protected readonly file = signal<File | null>(null);
  protected readonly state = signal<ImportState>({ step: 'choose' });
  protected readonly downloading = signal(false);
  private upload: Subscription | null = null;

  protected readonly uploading = computed(() => this.state().step === 'uploading');
  protected readonly templateButton = computed((): readonly ButtonSpec[] => [
    {
      key: 'template',
      label: 'rect.import.template',
      icon: 'download',
      type: 'link',
      loading: this.downloading(),
      testId: 'import-template',
    },
  ]);
  protected readonly chooseButton = computed((): readonly ButtonSpec[] => [
    { key: 'choose', label: 'rect.import.choose', icon: 'file-excel', disabled: this.uploading() },
  ]);
  protected readonly footerButtons = computed((): readonly ButtonSpec[] => [
    { key: 'close', label: 'common.close' },
    {
      key: 'send',
      label: 'rect.import.send',
      icon: 'upload',
      type: 'primary',
      disabled: !this.file(),
      loading: this.uploading(),
      testId: 'import-send',
    },
  ]);
  protected readonly problemTable: TableSpec<ImportProblem> = {
    columns: [
      { key: 'row', title: 'rect.import.row', width: '90px' },
      { key: 'problems', title: 'rect.import.problems' },
    ],
    rowKey: (row) => row.row,
    rowMarks: (row) => ({ row: row.row }),
    testIds: { table: 'import-problems', row: 'import-problem-row' },
    size: 'small',
    scrollY: '320px',
  };
  protected readonly column = (key: string) => importColumnText(this.i18n, key);
  protected readonly problem = (problem: string) => importProblemText(this.i18n, problem);

  protected downloadTemplate(): Promise<void> {
    return this.download(
      this.api.importTemplate(this.batchId()),
      () => this.i18n.t('rect.import.templateName'),
      this.downloading,
    );
  }

  protected chosen(picker: HTMLInputElement): void {
    this.file.set(picker.files?.[0] ?? null);
    picker.value = '';
    this.state.set({ step: 'choose' });
  }

  protected send(): void {
    const file = this.file();
    if (!file || this.state().step === 'uploading') return;
    this.state.set({ step: 'uploading', percent: 0 });
    this.upload = this.api
      .importItems(this.batchId(), file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const percent = event.total ? Math.round((event.loaded / event.total) * 100) : 0;
            this.state.set({ step: 'uploading', percent });
          } else if (event.type === HttpEventType.Response && event.body) {
            this.state.set({ step: 'imported', count: event.body.imported });
            this.file.set(null);
            this.imported.emit(event.body.imported);
          }
        },
        error: (error: unknown) => {
          const apiError = ApiError.from(error);
          this.state.set(
            apiError.code === RectificationErrorCode.ImportInvalid && apiError.details.length
              ? { step: 'refused', rows: problemsByRow(apiError.details) }
              : { step: 'failed', error: apiError },
          );
        },
      });
  }

  protected close(): void {
    this.upload?.unsubscribe();
    this.closed.emit();
  }
}
