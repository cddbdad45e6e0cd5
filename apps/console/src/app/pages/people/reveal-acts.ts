import { type AbstractControl, FormGroup, type ValidationErrors } from '@angular/forms';
import { REVEAL_REASON_MIN_LENGTH } from '@bastion/identity-contracts';
import { map, type Observable } from 'rxjs';
import { actControl as control } from '@bastion/console-ui';
import type { PersonAct } from './person-acts';

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
 * after they state why; the service records the reveal. The number stays in the dialog only and
 * is gone when it closes.
 */
export function revealAct(field: RevealedField): PersonAct<{ reason: string }> {
  return {
    title: field === 'phone' ? 'person.revealPhone.title' : 'person.reveal.title',
    okText: 'common.confirm',
    allProblems: true,
    form: () => new FormGroup({ reason: control('', reasonGiven) }),
    fields: () => [
      {
        key: 'reason',
        label: 'person.reveal.reason',
        kind: 'textarea',
        id: 'reveal-reason',
        required: true,
        placeholder: { key: 'person.reveal.reasonHint', params: { n: REVEAL_REASON_MIN_LENGTH } },
      },
    ],
    send: ({ reason }, { api, person }): Observable<string> =>
      field === 'phone'
        ? api.revealPhone(person.id, reason.trim()).pipe(map((r) => r.phone))
        : api.revealIdNumber(person.id, reason.trim()).pipe(map((r) => r.idNumber)),
    answer: {
      heading: ({ person }) => person.name,
      testId: field === 'phone' ? 'revealed-phone' : 'revealed-id',
    },
  };
}
