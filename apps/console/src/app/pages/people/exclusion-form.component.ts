import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { PersonDetail } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { toLocalDate } from '../../core/ui/dates';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';
import { FormSubmission } from '../../core/ui/form-submission';

/**
 * Records that a member is not counted among those expected at meetings for a time (long
 * illness, work abroad), with who approved it; quorum counts use it.
 */
@Component({
  selector: 'bst-exclusion-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    ErrorAlertComponent,
    FieldErrorPipe,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'person.exclusion.addTitle' | t"
      [nzOkText]="'common.save' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="submission.saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        @if (submission.failure(); as failure) {
          <bst-error-alert class="form-alert" [error]="failure" [extraProblems]="submission.unmatched()" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form">
          <nz-form-item>
            <nz-form-label nzFor="exclusion-reason" nzRequired>{{
              'person.exclusion.reason' | t
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.reason.errors | fieldError">
              <textarea nz-input id="exclusion-reason" rows="2" formControlName="reason"></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="exclusion-by" nzRequired>{{
              'person.exclusion.approvedBy' | t
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.approvedBy.errors | fieldError">
              <input nz-input id="exclusion-by" formControlName="approvedBy" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="exclusion-from" nzRequired>{{ 'person.exclusion.from' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.fromDate.errors | fieldError">
              <nz-date-picker nzId="exclusion-from" formControlName="fromDate" nzFormat="yyyy-MM-dd" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="exclusion-to">{{ 'person.exclusion.to' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.toDate.errors | fieldError">
              <nz-date-picker nzId="exclusion-to" formControlName="toDate" nzFormat="yyyy-MM-dd" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class ExclusionFormComponent {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  readonly person = input.required<PersonDetail>();
  readonly saved = output();
  readonly closed = output();

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(2)]],
    approvedBy: ['', [Validators.required, Validators.minLength(2)]],
    fromDate: [new Date() as Date | null, Validators.required],
    toDate: [null as Date | null],
  });
  protected readonly submission = new FormSubmission(this.form);

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const v = this.form.getRawValue();
        return this.api.addExclusion(this.person().id, {
          reason: v.reason.trim(),
          approvedBy: v.approvedBy.trim(),
          fromDate: toLocalDate(v.fromDate)!,
          toDate: toLocalDate(v.toDate),
        });
      },
      () => {
        this.message.success(this.i18n.t('person.exclusion.added'));
        this.saved.emit();
      },
    );
  }
}
