import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  defaultSourceConfig,
  type FindingSource,
  type SourceSettingsView,
} from '@bastion/rectification-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, of } from 'rxjs';
import {
  ErrorAlertComponent,
  FormFieldComponent,
  FormSubmission,
  LabelPipe,
  newIdempotencyKey,
  OrgPickerComponent,
  RectificationApi,
  toLocalDate,
  TranslatePipe,
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
  imports: [
    ReactiveFormsModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    ErrorAlertComponent,
    LabelPipe,
    OrgPickerComponent,
    FormFieldComponent,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'rect.batches.new' | t"
      [nzOkText]="'common.create' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="submission.saving()"
      nzWidth="560px"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        @if (submission.failure(); as failure) {
          <bst-error-alert class="form-alert" [error]="failure" [extraProblems]="submission.unmatched()" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="batch-form">
          <bst-field
            [label]="'rect.field.source' | t"
            for="batch-source"
            [required]="true"
            [extra]="'rect.batches.reportDue' | t: { n: reportMonths() }"
            [control]="form.controls.source"
          >
            <nz-select nzId="batch-source" formControlName="source" data-testid="batch-form-source">
              @for (s of sources; track s) {
                <nz-option [nzValue]="s" [nzLabel]="labels.source[s] | label" />
              }
            </nz-select>
          </bst-field>
          <bst-field
            [label]="'rect.field.batchTitle' | t"
            for="batch-title"
            [required]="true"
            [control]="form.controls.title"
          >
            <input
              nz-input
              id="batch-title"
              formControlName="title"
              maxlength="200"
              data-testid="batch-form-title"
            />
          </bst-field>
          <bst-field
            [label]="'rect.field.feedbackDate' | t"
            for="batch-feedback"
            [required]="true"
            [control]="form.controls.feedbackDate"
          >
            <nz-date-picker
              nzId="batch-feedback"
              formControlName="feedbackDate"
              nzFormat="yyyy-MM-dd"
              data-testid="batch-form-feedback"
            />
          </bst-field>
          <bst-field
            [label]="'rect.field.inspectedOrg' | t"
            [required]="true"
            [control]="form.controls.inspectedOrgId"
          >
            <bst-org-picker formControlName="inspectedOrgId" testId="batch-form-org" />
          </bst-field>
          <button type="submit" hidden aria-hidden="true" tabindex="-1"></button>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class BatchFormComponent {
  private readonly api = inject(RectificationApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);
  /** One key for this form, so a retried click does not open the batch twice. */
  private readonly idempotencyKey = newIdempotencyKey();

  readonly saved = output<string>();
  readonly closed = output();

  protected readonly labels = LABELS;
  protected readonly sources = SOURCES;

  protected readonly form = inject(NonNullableFormBuilder).group({
    source: ['inspection_patrol' as FindingSource, Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    feedbackDate: [new Date() as Date | null, Validators.required],
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
      (id) => {
        this.message.success(this.i18n.t('rect.batches.created'));
        this.saved.emit(id);
      },
    );
  }
}
