import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import type { PersonDetail } from '@bastion/identity-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';

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
      [nzOkLoading]="saving()"
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
          @if (failure(); as failure) {
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
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);

  protected async submit(): Promise<void> {
    if (this.revealed()) return;
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      this.reason.updateValueAndValidity();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    try {
      const { idNumber } = await firstValueFrom(
        this.api.revealIdNumber(this.person().id, this.reason.value.trim()),
      );
      this.revealed.set(idNumber);
    } catch (error) {
      const apiError = ApiError.from(error);
      const problem = apiError.problemsOf('reason')[0];
      if (problem) this.reason.setErrors({ server: problem });
      this.failure.set(apiError);
    } finally {
      this.saving.set(false);
    }
  }
}
