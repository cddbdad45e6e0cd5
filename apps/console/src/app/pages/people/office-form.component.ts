import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { officeHeldAt, type OfficeRole, officeRoles, type PersonDetail } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { toLocalDate } from '../../core/ui/dates';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';
import { FormSubmission } from '../../core/ui/form-submission';
import { OrgPickerComponent } from '../../shared/org-picker.component';

/** Gives a person an office at an organisation where that office may be held. */
@Component({
  selector: 'bst-office-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzDatePickerModule,
    NzFormModule,
    NzModalModule,
    NzSelectModule,
    ErrorAlertComponent,
    FieldErrorPipe,
    OrgPickerComponent,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'person.office.add' | t"
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
            <nz-form-label nzFor="office-role" nzRequired>{{ 'person.office.role' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.role.errors | fieldError">
              <nz-select nzId="office-role" formControlName="role">
                @for (role of roles; track role) {
                  <nz-option [nzValue]="role" [nzLabel]="i18n.role(role)" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'person.office.org' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.orgId.errors | fieldError">
              <bst-org-picker formControlName="orgId" [selectable]="heldAt()" testId="office-form-org" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="office-from" nzRequired>{{ 'person.office.from' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.fromDate.errors | fieldError">
              <nz-date-picker nzId="office-from" formControlName="fromDate" nzFormat="yyyy-MM-dd" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="office-to">{{ 'person.office.to' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.toDate.errors | fieldError">
              <nz-date-picker nzId="office-to" formControlName="toDate" nzFormat="yyyy-MM-dd" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class OfficeFormComponent {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
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
      () => {
        this.message.success(this.i18n.t('person.office.added'));
        this.saved.emit();
      },
    );
  }
}
