import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, type ValidationErrors } from '@angular/forms';
import { type PersonDetail, REVEAL_REASON_MIN_LENGTH } from '@bastion/identity-contracts';
import { map, type Observable } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { DIALOG_FORM_IMPORTS, type FieldLayout, FormSubmission, IdentityApi } from '@bastion/console-ui';

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
  imports: [...DIALOG_FORM_IMPORTS, NzAlertModule],
  template: `
    <bst-form-dialog
      [title]="(field() === 'phone' ? 'person.revealPhone.title' : 'person.reveal.title') | t"
      [okText]="'common.confirm' | t"
      [okHidden]="!!revealed()"
      [cancelText]="(revealed() ? 'common.close' : 'common.cancel') | t"
      [submission]="submission"
      [onlyUnmatched]="false"
      (ok)="submit()"
      (cancelled)="closed.emit()"
    >
      @if (revealed(); as number) {
        <nz-alert
          nzType="info"
          [nzMessage]="person().name"
          [nzDescription]="number"
          [attr.data-testid]="field() === 'phone' ? 'revealed-phone' : 'revealed-id'"
        />
      } @else {
        <bst-form-fields [group]="form" [layout]="fields" />
      }
    </bst-form-dialog>
  `,
})
export class RevealIdComponent {
  private readonly api = inject(IdentityApi);

  readonly person = input.required<PersonDetail>();
  readonly field = input<RevealedField>('idNumber');
  readonly closed = output();

  protected readonly fields: FieldLayout = [
    {
      key: 'reason',
      label: 'person.reveal.reason',
      kind: 'textarea',
      id: 'reveal-reason',
      required: true,
      placeholder: { key: 'person.reveal.reasonHint', params: { n: REVEAL_REASON_MIN_LENGTH } },
    },
  ];
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [reasonGiven] });
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly revealed = signal<string | null>(null);
  protected readonly submission = new FormSubmission(this.form);

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
