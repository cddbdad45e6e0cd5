import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { officeHeldAt, type OfficeRole, officeRoles, type PersonDetail } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  OrgPickerComponent,
  savedNotice,
  toLocalDate,
  TranslateService,
} from '@bastion/console-ui';

/** Gives a person an office at an organisation where that office may be held. */
@Component({
  selector: 'bst-office-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzDatePickerModule, NzSelectModule, OrgPickerComponent, ...DIALOG_FORM_IMPORTS],
  template: `
    <bst-form-dialog
      [title]="'person.office.add' | t"
      [submission]="submission"
      (ok)="submit()"
      (cancelled)="closed.emit()"
    >
      <form nz-form nzLayout="vertical" [formGroup]="form">
        <bst-field
          [label]="'person.office.role' | t"
          for="office-role"
          [required]="true"
          [control]="form.controls.role"
        >
          <nz-select nzId="office-role" formControlName="role">
            @for (role of roles; track role) {
              <nz-option [nzValue]="role" [nzLabel]="i18n.role(role)" />
            }
          </nz-select>
        </bst-field>
        <bst-field [label]="'person.office.org' | t" [required]="true" [control]="form.controls.orgId">
          <bst-org-picker formControlName="orgId" [selectable]="heldAt()" testId="office-form-org" />
        </bst-field>
        <bst-field
          [label]="'person.office.from' | t"
          for="office-from"
          [required]="true"
          [control]="form.controls.fromDate"
        >
          <nz-date-picker nzId="office-from" formControlName="fromDate" nzFormat="yyyy-MM-dd" />
        </bst-field>
        <bst-field [label]="'person.office.to' | t" for="office-to" [control]="form.controls.toDate">
          <nz-date-picker nzId="office-to" formControlName="toDate" nzFormat="yyyy-MM-dd" />
        </bst-field>
      </form>
    </bst-form-dialog>
  `,
})
export class OfficeFormComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();
  protected readonly i18n = inject(TranslateService);

  readonly person = input.required<PersonDetail>();
  readonly saved = output();
  readonly closed = output();

  protected readonly roles = officeRoles;
  protected readonly form = inject(NonNullableFormBuilder).group({
    role: ['secretary' as OfficeRole, Validators.required],
    orgId: ['', Validators.required],
    fromDate: [new Date() as Date | null, Validators.required],
    toDate: [null as Date | null],
  });
  private readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  /** Only organisations of a kind where the chosen office exists can be picked. */
  protected readonly heldAt = computed(() => officeHeldAt[this.role()]);
  protected readonly submission = new FormSubmission(this.form);

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const v = this.form.getRawValue();
        return this.api.addOffice(this.person().id, {
          role: v.role,
          orgId: v.orgId,
          fromDate: toLocalDate(v.fromDate)!,
          toDate: toLocalDate(v.toDate),
        });
      },
      () => this.notice('person.office.added', this.saved),
    );
  }
}
