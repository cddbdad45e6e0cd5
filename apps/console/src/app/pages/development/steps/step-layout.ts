import type { PersonRef } from '@bastion/approvals-contracts';
import { filingKinds, recommendationSources } from '@bastion/development-contracts';
import {
  type FieldSpec,
  type FieldLayout,
  type FieldOption,
  keyedOptions,
  type MessageKey,
} from '@bastion/console-ui';
import type { StepDraft } from './step-draft';
import { STEP_SHAPES, type StepType } from './step-types';

/** What the fields of a step depend on beyond the draft: the case's people, its steps, the clock. */
export interface StepFacts {
  draft: StepDraft;
  /** The mentors or sponsors one of whom a replacement is for. */
  replaceable: readonly PersonRef[];
  /** The case's mentors, offered first as its sponsors. */
  mentors: readonly PersonRef[];
  /** The steps evidence may go with, as options. */
  evidenceSteps: readonly FieldOption[];
  /** Whether the approval is asked for late (第二十六条), so a reason is wanted. */
  late: boolean;
}

const DATE_LABELS: Partial<Record<StepType, MessageKey>> = {
  talk: 'dev.date.talk',
  approval_talk: 'dev.date.talk',
  decide_activist: 'dev.date.committee',
  not_chosen: 'dev.date.committee',
  assign_mentors: 'dev.date.committee',
  decide_candidate: 'dev.date.committee',
  fix_sponsors: 'dev.date.committee',
  committee_review: 'dev.date.committee',
  concentrated_training: 'dev.date.trainingTo',
  admission_meeting: 'dev.date.meeting',
  conversion_meeting: 'dev.date.meeting',
  political_review: 'dev.date.review',
  pre_review_result: 'dev.date.decision',
  approval_decision: 'dev.date.decision',
  conversion_decision: 'dev.date.decision',
  oath: 'dev.date.oath',
  transfer: 'dev.date.transfer',
  transfer_out: 'dev.date.transfer',
};

const talker: FieldSpec = {
  key: 'talker',
  kind: 'person',
  label: 'dev.field.talker',
  required: true,
  id: 'talker',
};
const vote: FieldSpec = { key: 'vote', kind: 'slot', label: 'dev.field.vote', required: true };
const lateReason: FieldSpec = {
  key: 'lateReason',
  kind: 'textarea',
  label: 'dev.field.lateReason',
  id: 'late-reason',
  hint: 'dev.hint.late',
};

/**
 * Full members named for a step (mentors, sponsors, a replacement), picked from the directory's
 * full members. Whether each may serve — a full member, not expelled, a sponsor not under 留党察看
 * with rights unrestored nor under an order to correct (第十四条) — is checked by the service
 * against the identity service's record on the step's date, never declared on the form.
 */
function nominees(
  label: MessageKey,
  id: string,
  people: { max: number; suggestions?: readonly PersonRef[]; exclude?: readonly string[] },
  hint?: MessageKey,
): FieldSpec {
  const full = {
    membership: 'full',
    placeholder: 'dev.field.fullMembers',
    note: 'dev.hint.disciplineOnRecord',
  } as const;
  return { key: 'nominees', kind: 'person', label, required: true, id, hint, people: { ...people, ...full } };
}

/** Who replaces a mentor or sponsor: one of those on the case, by a full member not already named. */
function replacement({ replaceable, draft }: StepFacts): FieldLayout {
  const options = replaceable.map((person) => ({ value: person.personId, text: person.name }));
  return [
    { key: 'replaces', kind: 'select', label: 'dev.field.replaces', required: true, id: 'replaces', options },
    nominees('dev.field.replacement', 'replacement', {
      max: 1,
      exclude: draft.replaces ? [draft.replaces] : [],
    }),
  ];
}

function verdict(yes: MessageKey, no: MessageKey): FieldSpec {
  const options = [
    { value: true, label: yes, id: 'yes' },
    { value: false, label: no, id: 'no' },
  ];
  return { key: 'passed', kind: 'radio', label: 'dev.field.verdict', required: true, id: 'verdict', options };
}

/** Each step's own facts, as the contracts take them (the date, reason, note and files are common). */
const OWN_FIELDS: Partial<Record<StepType, (facts: StepFacts) => FieldLayout>> = {
  talk: () => [talker],
  approval_talk: () => [talker],
  decide_activist: () => [
    {
      key: 'recommendedBy',
      kind: 'checks',
      label: 'dev.field.recommendedBy',
      required: true,
      id: 'source',
      options: keyedOptions(recommendationSources, 'dev.source'),
    },
  ],
  not_chosen: () => [
    { key: 'reconsiderOn', kind: 'date', label: 'dev.field.reconsiderOn', id: 'reconsider' },
  ],
  file: () => [
    {
      key: 'filing',
      kind: 'radio',
      label: 'dev.field.filing',
      required: true,
      id: 'filing',
      options: keyedOptions(filingKinds, 'dev.filing'),
    },
  ],
  assign_mentors: () => [nominees('dev.field.mentors', 'mentors', { max: 2 })],
  fix_sponsors: ({ mentors }) => [
    nominees('dev.field.sponsors', 'sponsors', { max: 2, suggestions: mentors }, 'dev.hint.sponsors'),
  ],
  placement: () => [
    {
      key: 'partyGroup',
      kind: 'text',
      label: 'dev.field.partyGroup',
      required: true,
      id: 'party-group',
      maxlength: 100,
    },
  ],
  transfer: () => [
    {
      key: 'toOrgId',
      kind: 'org',
      label: 'dev.field.toOrg',
      required: true,
      id: 'to-org',
      org: { selectable: ['branch'] },
    },
  ],
  transfer_out: () => [
    { key: 'to', kind: 'text', label: 'dev.field.transferTo', required: true, id: 'to', maxlength: 200 },
  ],
  replace_mentor: replacement,
  replace_sponsor: replacement,
  direct_admission: () => [
    {
      key: 'authority',
      kind: 'text',
      label: 'dev.field.authority',
      required: true,
      id: 'authority',
      maxlength: 200,
    },
  ],
  decide_candidate: ({ draft }) => [
    {
      key: 'opinionsHeard',
      kind: 'checks',
      label: 'dev.field.opinionsHeard',
      id: 'heard',
      options: [
        { value: 'partyGroup', label: 'dev.heard.partyGroup', id: 'party-group' },
        { value: 'mentors', label: 'dev.heard.mentors', id: 'mentors' },
        { value: 'members', label: 'dev.heard.members', id: 'members' },
        { value: 'nonMembers', label: 'dev.heard.nonMembers', id: 'non-members' },
      ],
    },
    { key: 'publicNotice', kind: 'checkbox', label: 'dev.field.publicNotice', id: 'notice' },
    ...(draft.publicNotice
      ? [
          {
            row: [
              {
                key: 'noticeFrom',
                kind: 'date',
                label: 'dev.field.noticeFrom',
                required: true,
                id: 'notice-from',
              },
              { key: 'noticeTo', kind: 'date', label: 'dev.field.noticeTo', required: true, id: 'notice-to' },
            ] satisfies FieldSpec[],
          },
          {
            key: 'objections',
            kind: 'textarea',
            label: 'dev.field.objections',
            id: 'objections',
          } satisfies FieldSpec,
        ]
      : []),
  ],
  political_review: () => [verdict('dev.verdict.reviewPassed', 'dev.verdict.reviewFailed')],
  pre_review_result: () => [verdict('dev.verdict.passed', 'dev.verdict.failed')],
  approval_decision: () => [verdict('dev.verdict.approved', 'dev.verdict.notApproved'), lateReason],
  conversion_decision: () => [verdict('dev.verdict.approved', 'dev.verdict.notApproved'), lateReason],
  admission_meeting: () => [vote],
  conversion_meeting: ({ draft }) => [
    {
      key: 'resolution',
      kind: 'radio',
      label: 'dev.field.resolution',
      required: true,
      id: 'resolution',
      options: keyedOptions(['convert', 'extend', 'cancel'], 'dev.resolution'),
    },
    ...(draft.resolution === 'extend'
      ? [
          {
            key: 'extensionMonths',
            kind: 'select',
            label: 'dev.field.extensionMonths',
            required: true,
            id: 'extension',
            options: [6, 7, 8, 9, 10, 11, 12].map((n) => ({
              value: n,
              label: 'dev.field.months',
              params: { n },
            })),
          } satisfies FieldSpec,
        ]
      : []),
    vote,
  ],
  submit_approval: ({ late }) => (late ? [lateReason] : []),
  submit_conversion_approval: ({ late }) => (late ? [lateReason] : []),
  concentrated_training: () => [
    {
      row: [
        { key: 'from', kind: 'date', label: 'dev.field.trainingFrom', required: true, id: 'from' },
        {
          key: 'days',
          kind: 'number',
          label: 'dev.field.days',
          required: true,
          id: 'days',
          min: 0,
          step: 0.5,
        },
        { key: 'hours', kind: 'number', label: 'dev.field.hours', required: true, id: 'hours', min: 0 },
      ],
    },
    {
      key: 'provider',
      kind: 'text',
      label: 'dev.field.provider',
      required: true,
      id: 'provider',
      maxlength: 100,
      hint: 'dev.hint.training',
    },
  ],
  committee_review: ({ draft }) => [
    { key: 'leavingOn', kind: 'date', label: 'dev.field.leavingOn', id: 'leaving' },
    ...(draft.leavingOn
      ? [
          {
            key: 'exceptionReason',
            kind: 'textarea',
            label: 'dev.field.exceptionReason',
            id: 'exception',
            hint: 'dev.hint.leaving',
          } satisfies FieldSpec,
        ]
      : []),
  ],
  oath: () => [
    {
      key: 'heldBy',
      kind: 'radio',
      label: 'dev.field.heldBy',
      required: true,
      id: 'held-by',
      options: keyedOptions(['committee', 'branch', 'party_group'], 'dev.heldBy'),
    },
  ],
  archive: () => [
    {
      key: 'location',
      kind: 'radio',
      label: 'dev.field.location',
      required: true,
      options: keyedOptions(['personnel_file', 'party_member_file'], 'dev.location'),
    },
    { key: 'items', kind: 'tags', label: 'dev.field.items', required: true, id: 'items' },
  ],
  evidence: ({ evidenceSteps }) => [
    {
      key: 'step',
      kind: 'select',
      label: 'dev.field.step',
      required: true,
      id: 'step',
      options: evidenceSteps,
    },
  ],
};

/**
 * The fields of one step's form, in order: the business date, the step's own facts, the reason,
 * the note and the files, each as the step's shape asks.
 */
export function stepLayout(type: StepType, facts: StepFacts): FieldLayout {
  const shape = STEP_SHAPES[type];
  const layout: (FieldSpec | FieldLayout[number])[] = [];
  if (shape.date) {
    layout.push({
      key: 'date',
      kind: 'date',
      label: DATE_LABELS[type] ?? 'dev.field.date',
      required: true,
      id: 'date',
    });
  }
  layout.push(...(OWN_FIELDS[type]?.(facts) ?? []));
  if (shape.reason) {
    layout.push({ key: 'reason', kind: 'textarea', label: 'dev.field.reason', required: true, id: 'reason' });
  }
  if (shape.note !== 'none') {
    layout.push({
      key: 'note',
      kind: 'textarea',
      label: 'dev.field.note',
      required: shape.note === 'required',
      id: 'note',
      rows: 3,
    });
  }
  if (shape.files !== 'none') {
    layout.push({
      key: 'files',
      kind: 'files',
      id: 'files',
      label: 'dev.field.files',
      required: shape.files === 'required',
    });
  }
  return layout;
}
