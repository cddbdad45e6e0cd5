import { FormGroup, Validators } from '@angular/forms';
import { clock } from '@bastion/calendar';
import {
  type MembershipStatus,
  officeHeldAt,
  type OfficeRole,
  officeRoles,
  type Office,
  type PersonDetail,
  type Sanction,
  type SanctionKind,
  sanctionKinds,
} from '@bastion/identity-contracts';
import {
  actControl as control,
  type DialogAct,
  fromLocalDate,
  type IdentityApi,
  toLocalDate,
} from '@bastion/console-ui';
import { sanctionKindLabel, statusLabel } from './people-labels';
import { editPerson } from './person-form-acts';
import { revealAct } from './reveal-acts';

/**
 * What an act on a person is done to: the person, and the office or sanction of the row it
 * starts from; and the service that records it.
 */
export interface ActTarget {
  readonly api: IdentityApi;
  readonly person: PersonDetail;
  readonly office?: Office | null;
  readonly sanction?: Sanction | null;
}

/** One thing recorded on a person in a dialog; `bst-act-dialog` runs any of them the same way. */
export type PersonAct<V> = DialogAct<ActTarget, V>;

/** A business day starts at today's. */
const today = (): Date | null => clock.now();
const required = Validators.required;
const named = [Validators.required, Validators.minLength(2)];
const day = (value: Date | null): string => toLocalDate(value)!;

/** Voter exclusion: not counted among those expected at meetings for a time, with who approved it. */
const exclusion: PersonAct<{
  reason: string;
  approvedBy: string;
  fromDate: Date | null;
  toDate: Date | null;
}> = {
  title: 'person.exclusion.addTitle',
  form: () =>
    new FormGroup({
      reason: control('', ...named),
      approvedBy: control('', ...named),
      fromDate: control(today(), required),
      toDate: control<Date | null>(null),
    }),
  fields: () => [
    { key: 'reason', label: 'person.exclusion.reason', kind: 'textarea', id: 'exclusion-reason' },
    { key: 'approvedBy', label: 'person.exclusion.approvedBy', kind: 'text', id: 'exclusion-by' },
    { key: 'fromDate', label: 'person.exclusion.from', kind: 'date', id: 'exclusion-from' },
    { key: 'toDate', label: 'person.exclusion.to', kind: 'date', id: 'exclusion-to' },
  ],
  send: (v, { api, person }) =>
    api.addExclusion(person.id, {
      reason: v.reason.trim(),
      approvedBy: v.approvedBy.trim(),
      fromDate: day(v.fromDate),
      toDate: toLocalDate(v.toDate),
    }),
  done: 'person.exclusion.added',
};

/** An office at an organisation of a kind where that office exists. */
const office: PersonAct<{ role: OfficeRole; orgId: string; fromDate: Date | null; toDate: Date | null }> = {
  title: 'person.office.add',
  form: () =>
    new FormGroup({
      role: control<OfficeRole>('secretary', required),
      orgId: control('', required),
      fromDate: control(today(), required),
      toDate: control<Date | null>(null),
    }),
  fields: (v, i18n) => [
    {
      key: 'role',
      label: 'person.office.role',
      kind: 'select',
      id: 'office-role',
      options: officeRoles.map((role) => ({ value: role, text: i18n.role(role) })),
    },
    {
      key: 'orgId',
      label: 'person.office.org',
      kind: 'org',
      testId: 'office-form-org',
      org: { selectable: officeHeldAt[v.role] },
    },
    { key: 'fromDate', label: 'person.office.from', kind: 'date', id: 'office-from' },
    { key: 'toDate', label: 'person.office.to', kind: 'date', id: 'office-to' },
  ],
  send: (v, { api, person }) =>
    api.addOffice(person.id, {
      role: v.role,
      orgId: v.orgId,
      fromDate: day(v.fromDate),
      toDate: toLocalDate(v.toDate),
    }),
  done: 'person.office.added',
};

type MembershipValue = {
  status: MembershipStatus;
  admissionDate: Date | null;
  standingDate: Date | null;
  votingRights: boolean;
};

/** Membership: full or probationary, admission and (for a full member) standing dates, voting rights. */
const membership: PersonAct<MembershipValue> = {
  title: 'person.membership.set',
  form: ({ person }) => {
    const on = person.membership;
    return new FormGroup({
      status: control<MembershipStatus>(on?.status ?? 'probationary', required),
      admissionDate: control(fromLocalDate(on?.admissionDate ?? null), required),
      standingDate: control(fromLocalDate(on?.standingDate ?? null)),
      votingRights: control(on?.votingRights ?? true),
    });
  },
  fields: (v, i18n) => [
    {
      key: 'status',
      label: 'person.membership.status',
      kind: 'radio',
      options: (['full', 'probationary'] as const).map((s) => ({ value: s, text: i18n.t(statusLabel(s)) })),
    },
    { key: 'admissionDate', label: 'person.membership.admissionDate', kind: 'date', id: 'admission' },
    ...(v.status === 'full'
      ? [
          {
            key: 'standingDate',
            label: 'person.membership.standingDate',
            kind: 'date',
            id: 'standing',
            required: true,
          } as const,
        ]
      : []),
    { key: 'votingRights', label: 'person.membership.votingRights', kind: 'checkbox' },
  ],
  send: (v, { api, person }) =>
    api.setMembership(person.id, {
      status: v.status,
      admissionDate: day(v.admissionDate),
      standingDate: v.status === 'full' ? toLocalDate(v.standingDate) : null,
      votingRights: v.votingRights,
    }),
  done: 'person.membership.saved',
};

/** The terms of 留党察看 the rule book allows, in months. */
const TERMS = [12, 24] as const;

type SanctionValue = {
  kind: SanctionKind;
  decidedOn: Date | null;
  effectiveFrom: Date | null;
  termMonths: number | null;
  until: Date | null;
  decidingBody: string;
  reason: string;
};

/**
 * A party sanction (警告, 严重警告, 撤销党内职务, 留党察看 with its term, 开除党籍, or an order to
 * correct with its last day), with its dates and the body that decided it. Voting, sponsoring
 * and eligibility follow from this record on every date.
 */
const sanction: PersonAct<SanctionValue> = {
  title: 'discipline.addTitle',
  testId: 'sanction-form',
  form: () =>
    new FormGroup({
      kind: control<SanctionKind>('warning', required),
      decidedOn: control(today(), required),
      effectiveFrom: control(today(), required),
      termMonths: control<number | null>(12),
      until: control<Date | null>(null),
      decidingBody: control('', ...named),
      reason: control('', ...named),
    }),
  fields: (v, i18n) => [
    {
      key: 'kind',
      label: 'discipline.kind',
      kind: 'select',
      id: 'sanction-kind',
      testId: 'sanction-kind',
      options: sanctionKinds.map((k) => ({ value: k, text: i18n.t(sanctionKindLabel(k)) })),
    },
    { key: 'decidedOn', label: 'discipline.decidedOn', kind: 'date', id: 'sanction-decided' },
    { key: 'effectiveFrom', label: 'discipline.effectiveFrom', kind: 'date', id: 'sanction-effective' },
    ...(v.kind === 'probation'
      ? [
          {
            key: 'termMonths',
            label: 'discipline.term',
            kind: 'select',
            id: 'sanction-term',
            testId: 'sanction-term',
            required: true,
            options: TERMS.map((n) => ({ value: n, text: i18n.t('discipline.termMonths', { n }) })),
          } as const,
        ]
      : []),
    ...(v.kind === 'correction_order'
      ? [
          {
            key: 'until',
            label: 'discipline.until',
            kind: 'date',
            id: 'sanction-until',
            required: true,
          } as const,
        ]
      : []),
    {
      key: 'decidingBody',
      label: 'discipline.decidingBody',
      kind: 'text',
      id: 'sanction-body',
      testId: 'sanction-body',
    },
    {
      key: 'reason',
      label: 'discipline.reason',
      kind: 'textarea',
      id: 'sanction-reason',
      testId: 'sanction-reason',
    },
  ],
  send: (v, { api, person }) =>
    api.addSanction(person.id, {
      kind: v.kind,
      decidedOn: day(v.decidedOn),
      effectiveFrom: day(v.effectiveFrom),
      termMonths: v.kind === 'probation' ? v.termMonths : null,
      until: v.kind === 'correction_order' ? toLocalDate(v.until) : null,
      decidingBody: v.decidingBody.trim(),
      reason: v.reason.trim(),
    }),
  done: 'discipline.added',
};

/** Ends an office on a given day; the record stays in the person's history. */
const endOffice: PersonAct<{ toDate: Date | null }> = {
  title: 'person.office.endTitle',
  titleParams: ({ office }, i18n) => ({ role: office ? i18n.role(office.role) : '' }),
  okText: 'common.confirm',
  okDanger: true,
  allProblems: true,
  note: ({ office }) => office?.org.name ?? '',
  form: () => new FormGroup({ toDate: control(today(), required) }),
  fields: () => [{ key: 'toDate', label: 'person.office.endDate', kind: 'date', id: 'office-end' }],
  send: (v, { api, office }) => api.endOffice(office!.id, day(v.toDate)),
  done: 'person.office.ended',
};

/** 恢复党员权利 after 留党察看: from that date the member votes and may sponsor again. */
const restoreRights: PersonAct<{ rightsRestoredOn: Date | null }> = {
  title: 'discipline.restoreTitle',
  form: () => new FormGroup({ rightsRestoredOn: control(today(), required) }),
  fields: () => [
    { key: 'rightsRestoredOn', label: 'discipline.rightsRestoredOn', kind: 'date', id: 'restore-on' },
  ],
  send: (v, { api, person, sanction }) => api.restoreRights(person.id, sanction!.id, day(v.rightsRestoredOn)),
  done: 'discipline.restored',
};

/** Every act on a person, by the name the person's page opens its dialog with. */
export const PERSON_ACTS = {
  edit: editPerson,
  reveal: revealAct('idNumber'),
  revealPhone: revealAct('phone'),
  exclusion,
  office,
  membership,
  sanction,
  endOffice,
  restoreRights,
} as const;
export type PersonActName = keyof typeof PERSON_ACTS;
