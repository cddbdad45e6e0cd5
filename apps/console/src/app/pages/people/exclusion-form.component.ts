import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { PersonDetail } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  savedNotice,
  toLocalDate,
} from '@bastion/console-ui';

/**
 * Records that a member is not counted among those expected at meetings for a time (long
 * illness, work abroad), with who approved it; quorum counts use it.
 */
@Component({
  selector: 'bst-exclusion-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzDatePickerModule, NzInputModule, ...DIALOG_FORM_IMPORTS],
  template: `
    <bst-form-dialog
      [title]="'person.exclusion.addTitle' | t"
      [submission]="submission"
      (ok)="submit()"
      (cancelled)="closed.emit()"
    >
      <form nz-form nzLayout="vertical" [formGroup]="form">
        <bst-field
          [label]="'person.exclusion.reason' | t"
          for="exclusion-reason"
          [required]="true"
          [control]="form.controls.reason"
        >
          <textarea nz-input id="exclusion-reason" rows="2" formControlName="reason"></textarea>
        </bst-field>
        <bst-field
          [label]="'person.exclusion.approvedBy' | t"
          for="exclusion-by"
          [required]="true"
          [control]="form.controls.approvedBy"
        >
          <input nz-input id="exclusion-by" formControlName="approvedBy" />
        </bst-field>
        <bst-field
          [label]="'person.exclusion.from' | t"
          for="exclusion-from"
          [required]="true"
          [control]="form.controls.fromDate"
        >
          <nz-date-picker nzId="exclusion-from" formControlName="fromDate" nzFormat="yyyy-MM-dd" />
        </bst-field>
        <bst-field [label]="'person.exclusion.to' | t" for="exclusion-to" [control]="form.controls.toDate">
          <nz-date-picker nzId="exclusion-to" formControlName="toDate" nzFormat="yyyy-MM-dd" />
        </bst-field>
      </form>
    </bst-form-dialog>
  `,
})
export class ExclusionFormComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();

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
      () => this.notice('person.exclusion.added', this.saved),
    );
  }
}
