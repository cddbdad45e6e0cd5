import { ChangeDetectionStrategy, Component, inject, input, type OnInit, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { MembershipStatus, PersonDetail } from '@bastion/identity-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  fromLocalDate,
  IdentityApi,
  savedNotice,
  toLocalDate,
} from '@bastion/console-ui';

/** Records a person's membership: full or probationary, admission and standing dates, voting rights. */
@Component({
  selector: 'bst-membership-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzCheckboxModule, NzDatePickerModule, NzRadioModule, ...DIALOG_FORM_IMPORTS],
  template: `
    <bst-form-dialog
      [title]="'person.membership.set' | t"
      [submission]="submission"
      (ok)="submit()"
      (cancelled)="closed.emit()"
    >
      <form nz-form nzLayout="vertical" [formGroup]="form">
        <bst-field
          [label]="'person.membership.status' | t"
          [required]="true"
          [control]="form.controls.status"
        >
          <nz-radio-group formControlName="status">
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro renders the input inside this label. -->
            <label nz-radio nzValue="full">{{ 'people.status.full' | t }}</label>
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro renders the input inside this label. -->
            <label nz-radio nzValue="probationary">{{ 'people.status.probationary' | t }}</label>
          </nz-radio-group>
        </bst-field>
        <bst-field
          [label]="'person.membership.admissionDate' | t"
          for="admission"
          [required]="true"
          [control]="form.controls.admissionDate"
        >
          <nz-date-picker nzId="admission" formControlName="admissionDate" nzFormat="yyyy-MM-dd" />
        </bst-field>
        @if (status() === 'full') {
          <bst-field
            [label]="'person.membership.standingDate' | t"
            for="standing"
            [required]="true"
            [control]="form.controls.standingDate"
          >
            <nz-date-picker nzId="standing" formControlName="standingDate" nzFormat="yyyy-MM-dd" />
          </bst-field>
        }
        <nz-form-item>
          <nz-form-control>
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro renders the input inside this label. -->
            <label nz-checkbox formControlName="votingRights">{{
              'person.membership.votingRights' | t
            }}</label>
          </nz-form-control>
        </nz-form-item>
      </form>
    </bst-form-dialog>
  `,
})
export class MembershipFormComponent implements OnInit {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();

  readonly person = input.required<PersonDetail>();
  readonly saved = output();
  readonly closed = output();

  protected readonly form = inject(NonNullableFormBuilder).group({
    status: ['probationary' as MembershipStatus, Validators.required],
    admissionDate: [null as Date | null, Validators.required],
    standingDate: [null as Date | null],
    votingRights: [true],
  });
  protected readonly status = toSignal(this.form.controls.status.valueChanges, {
    initialValue: this.form.controls.status.value,
  });
  protected readonly submission = new FormSubmission(this.form);

  ngOnInit(): void {
    const membership = this.person().membership;
    if (membership) {
      this.form.setValue({
        status: membership.status,
        admissionDate: fromLocalDate(membership.admissionDate),
        standingDate: fromLocalDate(membership.standingDate),
        votingRights: membership.votingRights,
      });
    }
  }

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const v = this.form.getRawValue();
        return this.api.setMembership(this.person().id, {
          status: v.status,
          admissionDate: toLocalDate(v.admissionDate)!,
          standingDate: v.status === 'full' ? toLocalDate(v.standingDate) : null,
          votingRights: v.votingRights,
        });
      },
      () => this.notice('person.membership.saved', this.saved),
    );
  }
}
