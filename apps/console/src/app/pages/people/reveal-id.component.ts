import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { type PersonDetail, REVEAL_REASON_MIN_LENGTH } from '@bastion/identity-contracts';
import { map, type Observable } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import {
  ErrorAlertComponent,
  FormFieldComponent,
  FormSubmission,
  IdentityApi,
  TranslatePipe,
} from '@bastion/console-ui';

/** Which number of a person the dialog reveals. */
export type RevealedField = 'idNumber' | 'phone';

/** A reason says something: at least REVEAL_REASON_MIN_LENGTH characters once trimmed, as the service asks. */
function reasonGiven(control: AbstractControl<string>): ValidationErrors | null {
  const length = [...control.value.trim()].length;
  if (length === 0) return { required: true };
  return length < REVEAL_REASON_MIN_LENGTH
    ? { minlength: { requiredLength: REVEAL_REASON_MIN_LENGTH } }
    : null;
}

/**
 * Shows the full ID number (to an administrator) or phone number (to whoever may read the person)
 * after they state why; the service records the reveal. The number stays in this dialog only and
 * is gone when it closes.
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
    FormFieldComponent,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="(field() === 'phone' ? 'person.revealPhone.title' : 'person.reveal.title') | t"
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
            [attr.data-testid]="field() === 'phone' ? 'revealed-phone' : 'revealed-id'"
          />
        } @else {
          @if (submission.failure(); as failure) {
            <bst-error-alert class="form-alert" [error]="failure" />
          }
          <bst-field
            [label]="'person.reveal.reason' | t"
            for="reveal-reason"
            [required]="true"
            [control]="reason"
          >
            <textarea
              nz-input
              id="reveal-reason"
              rows="2"
              [placeholder]="'person.reveal.reasonHint' | t: { n: minLength }"
              [formControl]="reason"
              data-testid="reveal-reason"
            ></textarea>
          </bst-field>
        }
      </ng-container>
    </nz-modal>
  `,
})
export class RevealIdComponent {
  private readonly api = inject(IdentityApi);

  readonly person = input.required<PersonDetail>();
  readonly field = input<RevealedField>('idNumber');
  readonly closed = output();

  protected readonly minLength = REVEAL_REASON_MIN_LENGTH;
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [reasonGiven] });
  protected readonly revealed = signal<string | null>(null);
  protected readonly submission = new FormSubmission(new FormGroup({ reason: this.reason }));

  protected async submit(): Promise<void> {
    if (this.revealed()) return;
    const id = this.person().id;
    const reason = this.reason.value.trim();
    const reveal = (): Observable<string> =>
      this.field() === 'phone'
        ? this.api.revealPhone(id, reason).pipe(map((r) => r.phone))
        : this.api.revealIdNumber(id, reason).pipe(map((r) => r.idNumber));
    await this.submission.submit(reveal, (number) => this.revealed.set(number));
  }
}
