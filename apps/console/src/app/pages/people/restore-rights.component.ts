import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { Sanction } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { toLocalDate } from '../../core/ui/dates';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FormSubmission } from '../../core/ui/form-submission';

/** 恢复党员权利 after 留党察看: from that date the member votes and may sponsor again. */
@Component({
  selector: 'bst-restore-rights',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzDatePickerModule,
    NzFormModule,
    NzModalModule,
    ErrorAlertComponent,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'discipline.restoreTitle' | t"
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
        <nz-form-item>
          <nz-form-label nzFor="restore-on" nzRequired>{{ 'discipline.rightsRestoredOn' | t }}</nz-form-label>
          <nz-form-control>
            <nz-date-picker nzId="restore-on" [formControl]="on" nzFormat="yyyy-MM-dd" />
          </nz-form-control>
        </nz-form-item>
      </ng-container>
    </nz-modal>
  `,
})
export class RestoreRightsComponent {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  readonly personId = input.required<string>();
  readonly sanction = input.required<Sanction>();
  readonly saved = output();
  readonly closed = output();

  protected readonly on = new FormControl<Date | null>(new Date(), Validators.required);
  protected readonly submission = new FormSubmission(new FormGroup({ rightsRestoredOn: this.on }));

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => this.api.restoreRights(this.personId(), this.sanction().id, toLocalDate(this.on.value)!),
      () => {
        this.message.success(this.i18n.t('discipline.restored'));
        this.saved.emit();
      },
    );
  }
}
