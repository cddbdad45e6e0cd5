import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { PersonDetail } from '@bastion/identity-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';
import { FormSubmission } from '../../core/ui/form-submission';

/**
 * Shows an administrator the full ID number after they state why; the service records the
 * reveal. The number stays in this dialog only and is gone when it closes.
 */
@Component({
  selector: 'bst-reveal-id',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
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
      [nzTitle]="'person.reveal.title' | t"
      [nzOkText]="revealed() ? null : ('common.confirm' | t)"
      [nzCancelText]="(revealed() ? 'common.close' : 'common.cancel') | t"
      [nzOkLoading]="submission.saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        @if (revealed(); as number) {
          <nz-alert
            nzType="info"
            [nzMessage]="person().name"
            [nzDescription]="number"
            data-testid="revealed-id"
          />
        } @else {
          @if (submission.failure(); as failure) {
            <bst-error-alert class="form-alert" [error]="failure" />
          }
          <nz-form-item>
            <nz-form-label nzFor="reveal-reason" nzRequired>{{ 'person.reveal.reason' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="reason.errors | fieldError">
              <textarea
                nz-input
                id="reveal-reason"
                rows="2"
                [formControl]="reason"
                data-testid="reveal-reason"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
        }
      </ng-container>
    </nz-modal>
  `,
})
export class RevealIdComponent {
  private readonly api = inject(IdentityApi);

  readonly person = input.required<PersonDetail>();
  readonly closed = output();

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(2)],
  });
  protected readonly revealed = signal<string | null>(null);
  protected readonly submission = new FormSubmission(new FormGroup({ reason: this.reason }));

  protected async submit(): Promise<void> {
    if (this.revealed()) return;
    await this.submission.submit(
      () => this.api.revealIdNumber(this.person().id, this.reason.value.trim()),
      ({ idNumber }) => this.revealed.set(idNumber),
    );
  }
}
