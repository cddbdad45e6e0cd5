import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { renderText } from '@bastion/messages';
import type { BatchEvent, BatchView } from '@bastion/rectification-contracts';
import { batchEventNote } from '@bastion/rectification-rules';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import {
  AttachmentUploadComponent,
  ButtonRowComponent,
  type ButtonSpec,
  confirmer,
  type FieldLayout,
  FileLinksComponent,
  FORM_IMPORTS,
  FormSubmission,
  type MessageKey,
  newIdempotencyKey,
  notices,
  PAGE_IMPORTS,
  RectificationApi,
  RectificationFiles,
  type StoredFile,
  SubmissionAlertComponent,
  TranslateService,
} from '@bastion/console-ui';

/**
 * 整改情况报告: the batch report and the principal leader's own report, sent for the incumbent
 * principal leader to sign; the signature on record, the sign-off under way, and the banner
 * when a new leader must sign again. Supervisors may order the whole batch redone or close it.
 */
@Component({
  selector: 'bst-batch-report-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    ...FORM_IMPORTS,
    NzModalModule,
    NzTimelineModule,
    AttachmentUploadComponent,
    ButtonRowComponent,
    FileLinksComponent,
    SubmissionAlertComponent,
  ],
  templateUrl: './batch-report-panel.component.html',
  styles: `
    .text {
      white-space: pre-wrap;
      line-height: 1.8;
    }
    .banner,
    .links {
      margin-bottom: 16px;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class BatchReportPanelComponent {
  private readonly api = inject(RectificationApi);
  private readonly notice = notices();
  private readonly confirm = confirmer();
  private readonly i18n = inject(TranslateService);
  protected readonly files = inject(RectificationFiles);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly view = input.required<BatchView>();
  readonly acted = output();

  protected readonly record = computed(() => this.view().record);
  /** The report goes (again) to the leader while the batch is open or a new leader must sign. */
  protected readonly canSubmit = computed(
    () => this.view().canManage && ['open', 're_sign_required'].includes(this.record().status),
  );
  protected readonly canRedo = computed(
    () => this.view().canSupervise && ['signing', 'signed'].includes(this.record().status),
  );
  protected readonly canClose = computed(() => this.view().canSupervise && this.record().status === 'signed');
  protected readonly editing = signal(false);
  /** The report printed for the organisation, and the edition for publication. */
  protected readonly printLinks = computed((): readonly ButtonSpec[] =>
    (['internal', 'public'] as const).map((edition) => ({
      key: edition,
      label: edition === 'internal' ? 'rect.report.printInternal' : 'rect.report.printPublic',
      icon: 'printer',
      link: ['/rectification/batches', this.record().batchId, 'report'],
      queryParams: { edition },
      ...(edition === 'internal' ? { testId: 'report-internal' } : {}),
    })),
  );
  protected readonly reportFields: FieldLayout = [
    {
      key: 'report',
      label: 'rect.report.report',
      kind: 'textarea',
      rows: 8,
      id: 'report-text',
      testId: 'report-input',
    },
    {
      key: 'leaderReport',
      label: 'rect.report.leaderReport',
      kind: 'textarea',
      rows: 6,
      id: 'leader-report',
      testId: 'report-leader-input',
    },
  ];
  protected readonly decisionFields: FieldLayout = [
    { key: 'text', label: 'rect.report.decision', kind: 'textarea', id: 'batch-decision' },
  ];
  protected readonly reportButtons = computed((): readonly ButtonSpec[] => [
    {
      key: 'submit',
      label: 'rect.report.submit',
      icon: 'send',
      type: 'primary',
      loading: this.submission.saving(),
      testId: 'report-submit',
    },
    { key: 'cancel', label: 'common.cancel' },
  ]);
  protected readonly writeButton = computed((): readonly ButtonSpec[] => [
    {
      key: 'write',
      label: this.record().report ? 'rect.report.resubmit' : 'rect.report.write',
      icon: 'form',
      type: 'primary',
      testId: 'report-write',
    },
  ]);
  /** What a supervisor may decide of the batch now. */
  protected readonly decisions = computed((): readonly ButtonSpec[] =>
    [
      ...(this.canRedo()
        ? [{ key: 'order_redo', label: 'rect.report.redo', danger: true, testId: 'batch-redo' } as const]
        : []),
      ...(this.canClose()
        ? [{ key: 'close', label: 'rect.report.close', testId: 'batch-close' } as const]
        : []),
    ].map((button) => ({ ...button, loading: this.deciding.saving() })),
  );

  protected readonly form = this.fb.group({
    report: ['', [Validators.required, Validators.maxLength(20_000)]],
    leaderReport: ['', [Validators.required, Validators.maxLength(20_000)]],
  });
  protected readonly attachments = signal<StoredFile[]>([]);
  protected readonly submission = new FormSubmission(this.form);
  protected readonly decision = this.fb.group({ text: ['', Validators.maxLength(2000)] });
  protected readonly deciding = new FormSubmission(this.decision);
  private idempotencyKey = newIdempotencyKey();

  protected readonly eventLabel = (event: BatchEvent): MessageKey => `rect.batchEvent.${event.kind}`;
  /** A note the batch wrote by itself, in the reader's language; a person's own note as written. */
  protected readonly noteOf = (event: BatchEvent): string => {
    const note = batchEventNote(event);
    return note ? renderText(note, this.i18n.language()) : event.note;
  };

  protected edit(): void {
    // A report sent before (and to be signed again) is the starting point.
    const report = this.record().report;
    this.form.setValue({ report: report?.report ?? '', leaderReport: report?.leaderReport ?? '' });
    this.editing.set(true);
  }

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const v = this.form.getRawValue();
        return this.api.actOnBatch(this.view().row.id, {
          type: 'submit_report',
          idempotencyKey: this.idempotencyKey,
          report: v.report.trim(),
          leaderReport: v.leaderReport.trim(),
          files: this.attachments().map(({ id, name, sha256 }) => ({ id, name, sha256 })),
        });
      },
      () => {
        this.notice.done('rect.report.submitted');
        this.idempotencyKey = newIdempotencyKey();
        this.editing.set(false);
        this.acted.emit();
      },
    );
  }

  /** 责令重新整改 needs a reason; 完成 takes an optional note. Both are asked about first. */
  protected async decide(type: 'order_redo' | 'close'): Promise<void> {
    const text = this.decision.controls.text.value.trim();
    if (type === 'order_redo' && !text) {
      this.decision.controls.text.setErrors({ required: true });
      this.decision.controls.text.markAsTouched();
      return;
    }
    const redo = type === 'order_redo';
    const asked = {
      title: this.i18n.t(redo ? 'rect.report.confirmRedo' : 'rect.report.confirmClose'),
      ok: this.i18n.t(redo ? 'rect.report.redo' : 'rect.report.close'),
      danger: redo,
    };
    if (!(await this.confirm(asked))) return;
    await this.deciding.run(
      () =>
        this.api.actOnBatch(
          this.view().row.id,
          type === 'order_redo'
            ? { type, idempotencyKey: newIdempotencyKey(), reason: text }
            : { type, idempotencyKey: newIdempotencyKey(), note: text },
        ),
      () => {
        this.decision.reset();
        this.acted.emit();
      },
    );
  }
}
