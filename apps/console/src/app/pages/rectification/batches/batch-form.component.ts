import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { clock } from '@bastion/calendar';
import {
  defaultSourceConfig,
  type FindingSource,
  type SourceSettingsView,
} from '@bastion/rectification-contracts';
import { catchError, of } from 'rxjs';
import {
  DIALOG_FORM_IMPORTS,
  type FieldLayout,
  FormSubmission,
  labelledOptions,
  newIdempotencyKey,
  RectificationApi,
  savedNotice,
  toLocalDate,
  TranslateService,
} from '@bastion/console-ui';
import { LABELS, SOURCES } from '../rectification-labels';

/**
 * Opens a finding batch: where it comes from, what it is called, when the findings were fed
 * back and to which organisation. The report deadline follows from the source's configuration.
 */
@Component({
  selector: 'bst-batch-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS],
  template: `
    <bst-form-dialog
      [title]="'rect.batches.new' | t"
      [okText]="'common.create' | t"
      [submission]="submission"
      width="560px"
      (ok)="submit()"
      (cancelled)="closed.emit()"
      [group]="form"
      [layout]="fields()"
      formTestId="batch-form"
    />
  `,
})
export class BatchFormComponent {
  private readonly api = inject(RectificationApi);
  private readonly i18n = inject(TranslateService);
  private readonly notice = savedNotice();
  /** One key for this form, so a retried click does not open the batch twice. */
  private readonly idempotencyKey = newIdempotencyKey();

  readonly saved = output<string>();
  readonly closed = output();

  protected readonly form = inject(NonNullableFormBuilder).group({
    source: ['inspection_patrol' as FindingSource, Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    feedbackDate: [clock.now() as Date | null, Validators.required],
    inspectedOrgId: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form);

  /** The configuration in force; the national defaults stand in until (or if) it arrives. */
  private readonly configured = toSignal(
    this.api.sources().pipe(catchError(() => of<SourceSettingsView>({ items: [] }))),
    { initialValue: { items: [] } as SourceSettingsView },
  );
  private readonly source = toSignal(this.form.controls.source.valueChanges, {
    initialValue: this.form.controls.source.value,
  });
  protected readonly reportMonths = computed(() => {
    const source = this.source();
    const setting = this.configured().items.find((s) => s.source === source);
    return (setting?.config ?? defaultSourceConfig(source)).reportDeadlineMonths;
  });

  /** The fields, in the page's language; the source's hint follows the source picked. */
  protected readonly fields = computed((): FieldLayout => {
    this.i18n.language();
    return [
      {
        key: 'source',
        label: 'rect.field.source',
        kind: 'select',
        id: 'batch-source',
        testId: 'batch-form-source',
        options: labelledOptions(this.i18n, SOURCES, LABELS.source),
        hint: { key: 'rect.batches.reportDue', params: { n: this.reportMonths() } },
      },
      {
        key: 'title',
        label: 'rect.field.batchTitle',
        kind: 'text',
        id: 'batch-title',
        testId: 'batch-form-title',
      },
      {
        key: 'feedbackDate',
        label: 'rect.field.feedbackDate',
        kind: 'date',
        id: 'batch-feedback',
        testId: 'batch-form-feedback',
      },
      { key: 'inspectedOrgId', label: 'rect.field.inspectedOrg', kind: 'org', testId: 'batch-form-org' },
    ];
  });

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const v = this.form.getRawValue();
        return this.api.createBatch({
          source: v.source,
          title: v.title.trim(),
          feedbackDate: toLocalDate(v.feedbackDate)!,
          inspectedOrgId: v.inspectedOrgId,
          idempotencyKey: this.idempotencyKey,
        });
      },
      (id) => this.notice('rect.batches.created', { emit: () => this.saved.emit(id) }),
    );
  }
}
