import type { PersonRef } from '@bastion/approvals-contracts';
import type {
  FileRef,
  ItemActionRequest,
  ItemActionType,
  ItemCategory,
  ItemRecord,
  ItemText,
  Seriousness,
} from '@bastion/rectification-contracts';
import {
  fromLocalDate,
  type MessageKey,
  type StoredFile,
  toLocalDate,
} from '@bastion/console-ui';

/** The order the panel offers actions in: the work on the item first, then the supervisor's side. */
export const ITEM_ACTION_ORDER: readonly ItemActionType[] = [
  'assign',
  'edit',
  'submit_plan',
  'progress',
  'evidence',
  'milestone_done',
  'submit_acceptance',
  'request_extension',
  'long_term',
  'transfer',
  'urge',
  'named_supervision',
  'hand_over',
  'look_back',
  'link',
  'unlink',
];

/** Exactly the actions the service allows the caller now, in the panel's order. */
export function offeredItemActions(allowed: readonly ItemActionType[]): ItemActionType[] {
  return ITEM_ACTION_ORDER.filter((type) => allowed.includes(type));
}

export interface MilestoneDraft {
  title: string;
  due: Date | null;
}

/** Everything the user may enter in one action's form; it survives a refusal untouched. */
export interface ItemDraft {
  note: string;
  files: StoredFile[];
  owner: PersonRef[];
  leader: PersonRef[];
  deadline: Date | null;
  /** 修改: the finding as it will read. */
  problem: string;
  category: ItemCategory;
  seriousness: Seriousness;
  supportingUnits: string[];
  exemptFromPublication: boolean;
  measures: string;
  target: string;
  percent: number;
  newDeadline: Date | null;
  reason: string;
  milestones: MilestoneDraft[];
  reportEveryMonths: number;
  milestoneIndex: number | null;
  /** 移交: the body it goes to. */
  to: string;
  orgId: string | null;
  /** 挂牌督办 on or off. */
  on: boolean;
  /** 回头看: whether the rectification holds; null until the supervisor says. */
  holds: boolean | null;
  /** 关联: the items to link; and the linked item to unlink. */
  linkIds: string[];
  unlinkId: string | null;
}

export type ItemDraftField = Exclude<keyof ItemDraft, 'category' | 'seriousness' | 'exemptFromPublication'>;
export type ItemDraftProblems = Partial<Record<ItemDraftField, MessageKey>>;

/** What an item's record says now, for a form to start from. */
export type DraftSource = Pick<
  ItemRecord,
  'text' | 'owner' | 'leader' | 'deadline' | 'progressPercent' | 'namedSupervision' | 'longTerm'
>;

/** A form opened on an item starts from what the item says: its text, people, deadline and progress. */
export function draftFor(record: DraftSource): ItemDraft {
  return {
    note: '',
    files: [],
    owner: record.owner ? [record.owner] : [],
    leader: record.leader ? [record.leader] : [],
    deadline: fromLocalDate(record.deadline),
    problem: record.text.problem,
    category: record.text.category,
    seriousness: record.text.seriousness,
    supportingUnits: [...record.text.supportingUnits],
    exemptFromPublication: record.text.exemptFromPublication,
    measures: record.text.measures,
    target: record.text.target,
    percent: record.progressPercent,
    newDeadline: null,
    reason: '',
    milestones: [{ title: '', due: null }],
    reportEveryMonths: 3,
    milestoneIndex: record.longTerm?.milestones.findIndex((m) => m.doneOn === null) ?? null,
    to: '',
    orgId: null,
    on: !record.namedSupervision,
    holds: null,
    linkIds: [],
    unlinkId: null,
  };
}

/** Steps with consequences the panel asks about before it sends them. */
export function needsConfirmation(type: ItemActionType, draft: ItemDraft): boolean {
  return (
    type === 'hand_over' || type === 'submit_acceptance' || (type === 'look_back' && draft.holds === false)
  );
}

/**
 * What is missing before `type` can be sent, field by field. The service checks the same and has
 * the last word; this spares the user a round trip and points at the field.
 */
export function itemDraftProblems(
  type: ItemActionType,
  draft: ItemDraft,
  record: DraftSource,
): ItemDraftProblems {
  const problems: ItemDraftProblems = {};
  const blank = (value: string) => value.trim() === '';
  const need = (field: ItemDraftField, missing: boolean, key: MessageKey = 'common.required') => {
    if (missing) problems[field] = key;
  };
  switch (type) {
    case 'assign':
      need('owner', draft.owner.length === 0);
      need('leader', draft.leader.length === 0);
      need('deadline', !draft.deadline);
      break;
    case 'edit':
      need('problem', blank(draft.problem));
      if (!problems.problem && Object.keys(editChanges(draft, record)).length === 0) {
        problems.problem = 'rect.need.change';
      }
      break;
    case 'submit_plan':
      need('measures', blank(draft.measures));
      need('target', blank(draft.target));
      break;
    case 'progress':
    case 'submit_acceptance':
      need('note', blank(draft.note));
      break;
    case 'evidence':
      need('files', draft.files.length === 0, 'rect.need.files');
      break;
    case 'request_extension':
      need('newDeadline', !draft.newDeadline);
      need('reason', blank(draft.reason));
      break;
    case 'long_term': {
      const incomplete =
        draft.milestones.length === 0 || draft.milestones.some((m) => blank(m.title) || !m.due);
      need('milestones', incomplete, 'rect.need.milestones');
      need('reason', blank(draft.reason));
      break;
    }
    case 'milestone_done':
      need('milestoneIndex', draft.milestoneIndex === null || draft.milestoneIndex < 0);
      break;
    case 'hand_over':
      need('to', blank(draft.to));
      need('reason', blank(draft.reason));
      break;
    case 'transfer':
      need('reason', blank(draft.reason));
      need(
        'orgId',
        !draft.orgId && draft.owner.length === 0 && draft.leader.length === 0,
        'rect.need.successor',
      );
      break;
    case 'look_back':
      need('holds', draft.holds === null);
      need('note', blank(draft.note));
      need('newDeadline', draft.holds === false && !draft.newDeadline);
      break;
    case 'link':
      need('linkIds', draft.linkIds.length === 0);
      break;
    case 'unlink':
      need('unlinkId', !draft.unlinkId);
      break;
    case 'urge':
    case 'named_supervision':
      break;
  }
  return problems;
}

/** 修改 sends only what differs from the item as it stands. */
export function editChanges(
  draft: ItemDraft,
  record: DraftSource,
): { text?: Partial<ItemText>; deadline?: string } {
  const text: Partial<ItemText> = {};
  const was = record.text;
  if (draft.problem.trim() !== was.problem) text.problem = draft.problem.trim();
  if (draft.category !== was.category) text.category = draft.category;
  if (draft.seriousness !== was.seriousness) text.seriousness = draft.seriousness;
  if (draft.measures.trim() !== was.measures) text.measures = draft.measures.trim();
  if (draft.target.trim() !== was.target) text.target = draft.target.trim();
  const units = draft.supportingUnits.map((u) => u.trim()).filter((u) => u !== '');
  if (units.join('\n') !== was.supportingUnits.join('\n')) text.supportingUnits = units;
  if (draft.exemptFromPublication !== was.exemptFromPublication) {
    text.exemptFromPublication = draft.exemptFromPublication;
  }
  const deadline = toLocalDate(draft.deadline);
  return {
    ...(Object.keys(text).length ? { text } : {}),
    ...(deadline && deadline !== record.deadline ? { deadline } : {}),
  };
}

const fileRefs = (files: readonly StoredFile[]): FileRef[] =>
  files.map(({ id, name, sha256 }) => ({ id, name, sha256 }));

/** The request body for `type` from the draft; only the fields that action takes are sent. */
export function buildItemAction(
  type: ItemActionType,
  draft: ItemDraft,
  record: DraftSource,
  idempotencyKey: string,
): ItemActionRequest {
  const note = draft.note.trim();
  const reason = draft.reason.trim();
  const files = fileRefs(draft.files);
  const base = { idempotencyKey };
  switch (type) {
    case 'assign':
      return {
        type,
        ...base,
        owner: draft.owner[0]!,
        leader: draft.leader[0]!,
        deadline: toLocalDate(draft.deadline)!,
        note,
      };
    case 'edit': {
      const { text, deadline } = editChanges(draft, record);
      return { type, ...base, text: text ?? {}, ...(deadline ? { deadline } : {}) };
    }
    case 'submit_plan':
      return { type, ...base, measures: draft.measures.trim(), target: draft.target.trim(), note, files };
    case 'progress':
      return { type, ...base, percent: draft.percent, note, files };
    case 'evidence':
      return { type, ...base, note, files };
    case 'submit_acceptance':
      return { type, ...base, note, files };
    case 'request_extension':
      return { type, ...base, newDeadline: toLocalDate(draft.newDeadline)!, reason };
    case 'long_term':
      return {
        type,
        ...base,
        milestones: draft.milestones.map((m) => ({ title: m.title.trim(), due: toLocalDate(m.due)! })),
        reportEveryMonths: draft.reportEveryMonths,
        reason,
      };
    case 'milestone_done':
      return { type, ...base, index: draft.milestoneIndex!, note, files };
    case 'hand_over':
      return { type, ...base, to: draft.to.trim(), reason };
    case 'transfer':
      return {
        type,
        ...base,
        ...(draft.orgId ? { orgId: draft.orgId } : {}),
        ...(draft.owner[0] ? { owner: draft.owner[0] } : {}),
        ...(draft.leader[0] ? { leader: draft.leader[0] } : {}),
        reason,
      };
    case 'urge':
      return { type, ...base, note };
    case 'named_supervision':
      return { type, ...base, on: draft.on, note };
    case 'look_back': {
      const newDeadline = draft.holds === false ? toLocalDate(draft.newDeadline) : null;
      return { type, ...base, holds: draft.holds!, note, files, ...(newDeadline ? { newDeadline } : {}) };
    }
    case 'link':
      return { type, ...base, itemIds: draft.linkIds, note };
    case 'unlink':
      return { type, ...base, itemId: draft.unlinkId!, note };
  }
}

/**
 * The draft field a problem of the service belongs to: `text.problem` to the finding,
 * `milestones.2.due` to the milestone list, `index` to the milestone chosen; null if none.
 */
export function draftFieldOf(field: string): ItemDraftField | null {
  const [head, second] = field.split('.');
  if (head === 'text' && second) return draftFieldOf(second);
  if (head === 'index') return 'milestoneIndex';
  if (head === 'itemIds') return 'linkIds';
  if (head === 'itemId') return 'unlinkId';
  const fields: readonly ItemDraftField[] = [
    'note',
    'files',
    'owner',
    'leader',
    'deadline',
    'problem',
    'supportingUnits',
    'measures',
    'target',
    'percent',
    'newDeadline',
    'reason',
    'milestones',
    'reportEveryMonths',
    'to',
    'orgId',
    'on',
    'holds',
    'linkIds',
    'unlinkId',
  ];
  return fields.includes(head as ItemDraftField) ? (head as ItemDraftField) : null;
}
