import { FormGroup, Validators } from '@angular/forms';
import type { CreatePerson, PersonDetail, UpdatePerson } from '@bastion/identity-contracts';
import { map } from 'rxjs';
import {
  actControl as control,
  type DialogAct,
  type FieldLayout,
  type FieldSpec,
  fromLocalDate,
  type IdentityApi,
  type MessageKey,
  toLocalDate,
} from '@bastion/console-ui';
import { genderLabel } from './people-labels';
import type { PersonAct } from './person-acts';

type PersonValue = {
  name: string;
  gender: 'male' | 'female';
  birthDate: Date | null;
  idNumber: string;
  phone: string;
  workUnit: string;
  orgId: string;
};

/** The ID number and phone are typed in full and never shown back: they start empty. */
function personForm(person: PersonDetail | null) {
  return new FormGroup({
    name: control(person?.name ?? '', Validators.required),
    gender: control<'male' | 'female'>(person?.gender ?? 'male', Validators.required),
    birthDate: control(fromLocalDate(person?.birthDate)),
    idNumber: control(''),
    phone: control(''),
    workUnit: control(person?.workUnit ?? ''),
    orgId: control(person?.org.id ?? '', Validators.required),
  });
}

/**
 * A number kept masked (the ID number, the phone): typed in full, never shown back. On an edit
 * the masked number stands in the empty field, and the hint says an empty field keeps it.
 */
function masked(
  key: 'idNumber' | 'phone',
  id: string,
  hint: MessageKey | null,
  shown: string | null | undefined,
): FieldSpec {
  return {
    key,
    label: `person.${key}`,
    kind: 'text',
    id,
    autocomplete: 'off',
    hint: hint ?? { text: '' },
    placeholder: { text: shown ?? '' },
  };
}

function personFields(person: PersonDetail | null): FieldLayout {
  const genders = (['male', 'female'] as const).map((g) => ({ value: g, label: genderLabel(g) }));
  return [
    { key: 'name', label: 'person.name', kind: 'text', id: 'person-name', testId: 'person-form-name' },
    { key: 'gender', label: 'person.gender', kind: 'radio', options: genders },
    {
      key: 'orgId',
      label: 'person.org',
      kind: 'org',
      testId: 'person-form-org',
      org: { current: person?.org ?? null },
    },
    { key: 'birthDate', label: 'person.birthDate', kind: 'date', id: 'person-birth' },
    masked('idNumber', 'person-id', person ? 'person.idNumberHint' : null, person?.idNumberMasked),
    masked('phone', 'person-phone', person ? 'person.phoneHint' : null, person?.phoneMasked),
    { key: 'workUnit', label: 'person.workUnit', kind: 'text', id: 'person-unit' },
  ];
}

/**
 * The person form in its dialog. The service validates the ID number and phone; whatever it
 * refuses is shown at the field, and the values stay as typed.
 */
const formDialog = { width: '640px', reloadable: true, enterSaves: true, testId: 'person-form' } as const;

/** Creates a person; the answer is the new person's id, whose page opens next. */
export const createPerson: DialogAct<{ readonly api: IdentityApi }, PersonValue, string> = {
  ...formDialog,
  title: 'person.createTitle',
  form: () => personForm(null),
  fields: () => personFields(null),
  send: (v, { api }) => {
    const optional = (value: string | null) => (value?.trim() ? value.trim() : undefined);
    const input: CreatePerson = {
      name: v.name.trim(),
      gender: v.gender,
      orgId: v.orgId,
      birthDate: toLocalDate(v.birthDate) ?? undefined,
      idNumber: optional(v.idNumber),
      phone: optional(v.phone),
      workUnit: optional(v.workUnit),
    };
    return api.createPerson(input).pipe(map(({ id }) => id));
  },
  done: 'person.created',
  doneParams: (v) => ({ name: v.name.trim() }),
};

/** Edits a person's details. */
export const editPerson: PersonAct<PersonValue> = {
  ...formDialog,
  title: 'person.editTitle',
  form: ({ person }) => personForm(person),
  fields: (_v, _i18n, { person }) => personFields(person),
  send: (v, { api, person }) => {
    const input: UpdatePerson = {
      version: person.version,
      name: v.name.trim(),
      gender: v.gender,
      orgId: v.orgId,
      birthDate: toLocalDate(v.birthDate),
      workUnit: v.workUnit.trim() || null,
      // The stored numbers are never sent to the console in full; an empty field keeps one unchanged.
      ...(v.idNumber.trim() ? { idNumber: v.idNumber.trim() } : {}),
      ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
    };
    return api.updatePerson(person.id, input);
  },
  done: 'common.saved',
};
