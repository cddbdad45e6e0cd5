import {
  type ActionType,
  actionTypeSchema,
  type PersonRef,
  type RequestDetail,
  type ReturnTarget,
  type TaskView,
} from '@bastion/approvals-contracts';
import type { ActionInput, FieldSpec, MessageKey, StoredFile } from '@bastion/console-ui';

/** What the panel offers last: pressing, then taking back, then a plain comment. */
const LAST: readonly ActionType[] = ['urge', 'recall', 'withdraw', 'comment'];

/**
 * The order the panel offers actions in: the contracts' order (decisions first, then handing on),
 * with pressing and taking back at the end.
 */
export const ACTION_ORDER: readonly ActionType[] = [
  ...actionTypeSchema.options.filter((type) => !LAST.includes(type)),
  ...LAST,
];

/** Actions that ask for something more than an opinion: the panel opens their fields first. */
export const NEEDS_FIELDS: ReadonlySet<ActionType> = new Set([
  'return',
  'transfer',
  'delegate',
  'add_signer',
  'remove_signer',
  'cc',
]);

/** Actions that cannot be taken back; the panel asks before it sends them. */
export const CONFIRMED: ReadonlySet<ActionType> = new Set(['reject', 'return', 'withdraw']);

/** Exactly the actions the service says the caller may take, in the panel's order. */
export function offeredActions(myActions: readonly ActionType[]): ActionType[] {
  return ACTION_ORDER.filter((type) => myActions.includes(type));
}

export type AddSignerPosition = 'before' | 'after' | 'alongside';
export type AddSignerMode = 'all' | 'any' | 'sequential';

/** Everything the user has entered in the panel; it survives a refused action untouched. */
export interface ActionDraft {
  opinion: string;
  attachments: StoredFile[];
  target: ReturnTarget | null;
  /** Transfer and delegate: the one person. */
  person: PersonRef[];
  /** Add signer and CC: the people. */
  people: PersonRef[];
  position: AddSignerPosition;
  mode: AddSignerMode;
  taskId: string | null;
  /** The signature stays on its pad; the draft only names the field its problems are shown at. */
  signature?: never;
}

export const emptyDraft = (): ActionDraft => ({
  opinion: '',
  attachments: [],
  target: null,
  person: [],
  people: [],
  position: 'after',
  mode: 'all',
  taskId: null,
});

export type DraftField = 'opinion' | 'attachments' | 'signature' | 'target' | 'person' | 'people' | 'taskId';
export type DraftProblems = Partial<Record<DraftField, MessageKey>>;

const SERVICE_FIELDS: readonly DraftField[] = ['opinion', 'attachments', 'signature', 'target', 'taskId'];

/** The panel's field a problem of the service names (`attachments.0.sha256` is the attachments'). */
export function draftFieldOf(path: string): DraftField | null {
  const name = path.split('.')[0] as DraftField;
  return SERVICE_FIELDS.includes(name) ? name : null;
}

/** The person or people an action goes to: which field of the draft holds them, how many, and its label. */
export interface PeopleField {
  key: 'person' | 'people';
  max: number;
  label: MessageKey;
}

export const PEOPLE_FIELDS: Partial<Record<ActionType, PeopleField>> = {
  transfer: { key: 'person', max: 1, label: 'act.transferTo' },
  delegate: { key: 'person', max: 1, label: 'act.delegateTo' },
  add_signer: { key: 'people', max: 20, label: 'act.signers' },
  cc: { key: 'people', max: 20, label: 'act.ccTo' },
};

/** Where added signers stand and how they sign: each a choice of the draft, with its options. */
export const SIGNER_CHOICES: readonly FieldSpec[] = [
  {
    key: 'position',
    kind: 'radio',
    label: 'act.position',
    testId: 'position',
    options: [
      { value: 'before' satisfies AddSignerPosition, label: 'act.position.before', id: 'before' },
      { value: 'after' satisfies AddSignerPosition, label: 'act.position.after' },
      { value: 'alongside' satisfies AddSignerPosition, label: 'act.position.alongside' },
    ],
  },
  {
    key: 'mode',
    kind: 'radio',
    label: 'act.signerMode',
    options: [
      { value: 'all' satisfies AddSignerMode, label: 'mode.all' },
      { value: 'any' satisfies AddSignerMode, label: 'mode.any' },
      { value: 'sequential' satisfies AddSignerMode, label: 'mode.sequential' },
    ],
  },
];

/** What the current stage asks of a decision; a delegate only recommends, so nothing is asked of them. */
export function decisionRequires(
  detail: Pick<RequestDetail, 'requires'>,
  asDelegate: boolean,
): { opinion: boolean; attachments: boolean; signature: boolean } {
  const none = { opinion: false, attachments: false, signature: false };
  return asDelegate ? none : (detail.requires ?? none);
}

const isDecision = (type: ActionType) => type === 'approve' || type === 'reject';

/** Whether the signature pad belongs in the panel: a decision is on offer and the stage asks for one. */
export function needsSignature(offered: readonly ActionType[], requires: { signature: boolean }): boolean {
  return requires.signature && offered.some(isDecision);
}

/**
 * What is missing before `type` can be sent, field by field. The service checks the same and
 * has the last word; this spares the user a round trip and points at the field.
 */
export function draftProblems(
  type: ActionType,
  draft: ActionDraft,
  requires: { opinion: boolean; attachments: boolean; signature: boolean },
  hasSignature: boolean,
): DraftProblems {
  const problems: DraftProblems = {};
  const opinion = draft.opinion.trim();
  if (isDecision(type)) {
    if (requires.opinion && !opinion) problems.opinion = 'act.need.opinion';
    if (requires.attachments && draft.attachments.length === 0) problems.attachments = 'act.need.attachments';
    if (requires.signature && !hasSignature) problems.signature = 'act.need.signature';
  }
  if (type === 'comment' && !opinion) problems.opinion = 'act.need.comment';
  if (type === 'return' && !draft.target) problems.target = 'act.need.target';
  if ((type === 'transfer' || type === 'delegate') && draft.person.length === 0)
    problems.person = 'act.need.person';
  if ((type === 'add_signer' || type === 'cc') && draft.people.length === 0)
    problems.people = 'act.need.people';
  if (type === 'remove_signer' && !draft.taskId) problems.taskId = 'act.need.task';
  return problems;
}

/** The request body for `type` from the draft; only the fields that action takes are sent. */
export function buildAction(
  type: ActionType,
  draft: ActionDraft,
  idempotencyKey: string,
  signature?: { attachmentId: string; sha256: string },
): ActionInput {
  const opinion = draft.opinion.trim();
  const base = {
    idempotencyKey,
    ...(opinion ? { opinion } : {}),
    attachments: draft.attachments.map(({ id, name, sha256 }) => ({ id, name, sha256 })),
    ...(signature && isDecision(type) ? { signature } : {}),
  };
  switch (type) {
    case 'return':
      return { type, ...base, target: draft.target! };
    case 'transfer':
    case 'delegate':
      return { type, ...base, to: draft.person[0]! };
    case 'add_signer':
      return { type, ...base, signers: draft.people, position: draft.position, mode: draft.mode };
    case 'remove_signer':
      return { type, ...base, taskId: draft.taskId! };
    case 'cc':
      return { type, ...base, people: draft.people };
    case 'comment':
      return { type, ...base, opinion };
    default:
      return { type, ...base };
  }
}

/** Signers the caller added to the open stage who have not acted yet: the ones they may remove. */
export function removableSigners(
  detail: Pick<RequestDetail, 'stages' | 'currentStage'>,
  me: string | null,
): TaskView[] {
  const stage = detail.stages.find((s) => s.index === detail.currentStage);
  if (!stage || !me) return [];
  return stage.tasks.filter(
    (t) => t.addedTo?.by.personId === me && (t.status === 'waiting' || t.status === 'open'),
  );
}

/** Whether the caller works on the open stage only as someone's delegate. */
export function actsAsDelegate(
  detail: Pick<RequestDetail, 'stages' | 'currentStage'>,
  me: string | null,
): boolean {
  const stage = detail.stages.find((s) => s.index === detail.currentStage);
  if (!stage || !me) return false;
  const own = stage.tasks.some((t) => t.assignee.personId === me && t.status === 'open');
  const delegated = stage.tasks.some((t) => t.delegate?.person.personId === me && !t.delegate.back);
  return delegated && !own;
}

/** Everyone on the request, to pick from without searching the directory. */
export function participants(detail: Pick<RequestDetail, 'submitter' | 'stages' | 'cc'>): PersonRef[] {
  const people = new Map<string, PersonRef>([[detail.submitter.personId, detail.submitter]]);
  for (const stage of detail.stages) {
    for (const task of stage.tasks) people.set(task.assignee.personId, task.assignee);
    for (const p of stage.forecast?.assignees ?? []) people.set(p.personId, p);
  }
  for (const p of detail.cc) people.set(p.personId, p);
  return [...people.values()];
}
