import type { PersonRef } from '@bastion/approvals-contracts';
import type { ItemActionType } from '@bastion/rectification-contracts';
import type { FieldSpec, FieldLayout, FieldOption, MessageKey } from '@bastion/console-ui';

/** What an action's fields depend on beyond the draft: the item's people and choices, by name. */
export interface ItemFacts {
  /** 验收不通过: whether the look-back found the problem back. */
  relapsed: boolean;
  /** People already on the item, to pick without searching the directory. */
  people: readonly PersonRef[];
  categories: readonly FieldOption[];
  seriousness: readonly FieldOption[];
  openMilestones: readonly FieldOption[];
  linked: readonly FieldOption[];
}

/** Bodies an item is commonly handed over to (移交); the field takes any other name as well. */
const HAND_OVER_TO: readonly MessageKey[] = [
  'rect.handOver.discipline',
  'rect.handOver.orgDept',
  'rect.handOver.department',
];

/** The actions that carry files, and those whose note must be written; some carry no note. */
export const WITH_FILES: readonly ItemActionType[] = [
  'submit_plan',
  'progress',
  'evidence',
  'submit_acceptance',
  'milestone_done',
  'look_back',
];
const NOTE_REQUIRED: readonly ItemActionType[] = ['progress', 'submit_acceptance', 'look_back'];
const NO_NOTE: readonly ItemActionType[] = [
  'edit',
  'request_extension',
  'long_term',
  'hand_over',
  'transfer',
];

const reason: FieldSpec = {
  key: 'reason',
  kind: 'textarea',
  label: 'rect.field.reason',
  required: true,
  id: 'reason',
  rows: 3,
};
const newDeadline: FieldSpec = {
  key: 'newDeadline',
  kind: 'date',
  label: 'rect.field.newDeadline',
  required: true,
  id: 'new-deadline',
};

function deadline(required: boolean): FieldSpec {
  return { key: 'deadline', kind: 'date', label: 'rect.field.deadline', required, id: 'deadline' };
}

function person(
  key: 'owner' | 'leader',
  label: MessageKey,
  required: boolean,
  suggestions: readonly PersonRef[] = [],
): FieldSpec {
  return { key, kind: 'person', label, required, id: key, people: { max: 1, suggestions } };
}

function plan(required: boolean): FieldLayout {
  return [
    {
      key: 'measures',
      kind: 'textarea',
      label: 'rect.field.measures',
      required,
      id: 'measures',
      rows: 4,
      maxlength: 4000,
    },
    { key: 'target', kind: 'textarea', label: 'rect.field.target', required, id: 'target', maxlength: 1000 },
  ];
}

/** Each action's own fields (the owner, the plan, a deadline, the body it is handed over to …). */
const OWN_FIELDS: Partial<Record<ItemActionType, (facts: ItemFacts) => FieldLayout>> = {
  assign: ({ people }) => [
    person('owner', 'rect.field.owner', true, people),
    person('leader', 'rect.field.leader', true, people),
    deadline(true),
  ],
  edit: ({ categories, seriousness }) => [
    { key: 'problem', kind: 'textarea', label: 'rect.field.problem', required: true, id: 'problem', rows: 3 },
    {
      row: [
        {
          key: 'category',
          kind: 'select',
          label: 'rect.field.category',
          id: 'category',
          options: categories,
        },
        { key: 'seriousness', kind: 'radio', label: 'rect.field.seriousness', options: seriousness },
      ],
    },
    ...plan(false),
    { key: 'supportingUnits', kind: 'tags', label: 'rect.field.supportingUnits', id: 'units' },
    { key: 'exemptFromPublication', kind: 'checkbox', label: 'rect.field.exempt', id: 'exempt' },
    deadline(false),
  ],
  submit_plan: () => plan(true),
  progress: () => [{ key: 'percent', kind: 'slot', label: 'rect.field.percent', required: true }],
  request_extension: () => [newDeadline, reason],
  long_term: () => [
    { key: 'milestones', kind: 'slot', label: 'rect.field.milestones', required: true },
    {
      key: 'reportEveryMonths',
      kind: 'select',
      label: 'rect.field.reportEvery',
      required: true,
      id: 'every',
      options: [1, 2, 3, 4, 5, 6].map((n) => ({ value: n, label: 'rect.field.everyMonths', params: { n } })),
    },
    reason,
  ],
  milestone_done: ({ openMilestones }) => [
    {
      key: 'milestoneIndex',
      kind: 'select',
      label: 'rect.field.milestone',
      required: true,
      id: 'milestone',
      options: openMilestones,
    },
  ],
  hand_over: () => [
    {
      key: 'to',
      kind: 'text',
      label: 'rect.field.handOverTo',
      required: true,
      id: 'to',
      maxlength: 100,
      suggestions: HAND_OVER_TO,
    },
    reason,
  ],
  transfer: () => [
    { key: 'orgId', kind: 'org', label: 'rect.field.newOrg', id: 'org' },
    person('owner', 'rect.field.newOwner', false),
    person('leader', 'rect.field.newLeader', false),
    reason,
  ],
  named_supervision: () => [{ key: 'on', kind: 'slot' }],
  link: () => [{ key: 'linkIds', kind: 'slot', label: 'rect.field.linkItems', required: true }],
  unlink: ({ linked }) => [
    {
      key: 'unlinkId',
      kind: 'select',
      label: 'rect.field.unlinkItem',
      required: true,
      id: 'unlink-item',
      options: linked,
    },
  ],
  look_back: ({ relapsed }) => [
    {
      key: 'holds',
      kind: 'radio',
      label: 'rect.field.lookBack',
      required: true,
      options: [
        { value: true, label: 'rect.field.holds', id: 'holds' },
        { value: false, label: 'rect.field.relapsed', id: 'relapsed' },
      ],
    },
    ...(relapsed ? [newDeadline] : []),
  ],
};

/** The fields of one action on an item: its own, then the note and the files, as the action takes them. */
export function itemActionLayout(type: ItemActionType, facts: ItemFacts): FieldLayout {
  const layout: FieldLayout[number][] = [...(OWN_FIELDS[type]?.(facts) ?? [])];
  if (!NO_NOTE.includes(type)) {
    layout.push({
      key: 'note',
      kind: 'textarea',
      label: 'rect.field.note',
      required: NOTE_REQUIRED.includes(type),
      id: 'note',
      rows: 3,
    });
  }
  if (WITH_FILES.includes(type)) {
    layout.push({
      key: 'files',
      kind: 'files',
      id: 'files',
      label: 'rect.field.files',
      required: type === 'evidence',
    });
  }
  return layout;
}
