import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { Office } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { toLocalDate } from '../../core/ui/dates';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';
import { FormSubmission } from '../../core/ui/form-submission';

/** Ends an office on a given day; the record stays in the person's history. */
@Component({
  selector: 'bst-end-office',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzDatePickerModule,
    NzFormModule,
    NzModalModule,
    ErrorAlertComponent,
    FieldErrorPipe,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'person.office.endTitle' | t: { role: i18n.role(office().role) }"
      [nzOkText]="'common.confirm' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkDanger]="true"
      [nzOkLoading]="submission.saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        @if (submission.failure(); as failure) {
          <bst-error-alert class="form-alert" [error]="failure" />
        }
        <p>{{ office().org.name }}</p>
        <nz-form-item>
          <nz-form-label nzFor="office-end" nzRequired>{{ 'person.office.endDate' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="toDate.errors | fieldError">
            <nz-date-picker nzId="office-end" [formControl]="toDate" nzFormat="yyyy-MM-dd" />
          </nz-form-control>
        </nz-form-item>
      </ng-container>
    </nz-modal>
  `,
})
export class EndOfficeComponent {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(TranslateService);

  readonly office = input.required<Office>();
  readonly saved = output();
  readonly closed = output();

  protected readonly toDate = new FormControl<Date | null>(new Date(), Validators.required);
  protected readonly submission = new FormSubmission(new FormGroup({ toDate: this.toDate }));

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => this.api.endOffice(this.office().id, toLocalDate(this.toDate.value)!),
      () => {
        this.message.success(this.i18n.t('person.office.ended'));
        this.saved.emit();
      },
    );
  }
}
