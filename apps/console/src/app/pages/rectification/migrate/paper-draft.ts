import type { PersonRef } from '@bastion/approvals-contracts';
import type {
  ItemCategory,
  MigrateItemInput,
  PaperItemStepInput,
  PaperItemStepType,
  Seriousness,
} from '@bastion/rectification-contracts';
import { type ApiError, toLocalDate } from '@bastion/console-ui';

/** The kinds of paper step, in the order an item usually meets them. */
export const PAPER_STEP_TYPES: readonly PaperItemStepType[] = [
  'assign',
  'submit_plan',
  'plan_decision',
  'progress',
  'evidence',
  'request_extension',
  'extension_decision',
  'submit_acceptance',
  'acceptance_decision',
  'look_back',
];

/** What one step of the paper record holds as typed; each kind reads the fields it has. */
export interface PaperStepDraft {
  on: Date | null;
  owner: PersonRef[];
  leader: PersonRef[];
  deadline: Date | null;
  measures: string;
  target: string;
  /** Approved (方案、延期), passed (验收), holds (回头看). */
  yes: boolean;
  percent: number | null;
  note: string;
  /** A new deadline: the extension asked, the second round the paper set, a relapse's. */
  newDeadline: Date | null;
  lookBackDue: Date | null;
}

export type PaperStepField = keyof PaperStepDraft;

export interface PaperRow {
  /** Stable across reordering, for the view to track and problems to stay with their step. */
  key: number;
  type: PaperItemStepType;
  draft: PaperStepDraft;
}

/** The item as the paper record names it, and the day it was registered (立项). */
export interface PaperHead {
  problem: string;
  category: ItemCategory | null;
  seriousness: Seriousness;
  orgId: string;
  registeredOn: Date | null;
  deadline: Date | null;
}

export const emptyHead = (): PaperHead => ({
  problem: '',
  category: null,
  seriousness: 'general',
  orgId: '',
  registeredOn: null,
  deadline: null,
});

export const emptyStep = (on: Date | null = null): PaperStepDraft => ({
  on,
  owner: [],
  leader: [],
  deadline: null,
  measures: '',
  target: '',
  yes: true,
  percent: null,
  note: '',
  newDeadline: null,
  lookBackDue: null,
});

/** Which fields each kind of step requires, beside its date. */
const REQUIRED: Record<PaperItemStepType, readonly PaperStepField[]> = {
  assign: ['owner', 'leader', 'deadline'],
  submit_plan: ['measures', 'target'],
  plan_decision: [],
  progress: ['percent', 'note'],
  evidence: ['note'],
  request_extension: ['newDeadline', 'note'],
  extension_decision: [],
  submit_acceptance: ['note'],
  acceptance_decision: [],
  look_back: ['note'],
};

/** The fields each kind of step shows, beside its date. */
export const FIELDS: Record<PaperItemStepType, readonly PaperStepField[]> = {
  assign: ['owner', 'leader', 'deadline', 'note'],
  submit_plan: ['measures', 'target', 'note'],
  plan_decision: ['yes', 'note'],
  progress: ['percent', 'note'],
  evidence: ['note'],
  request_extension: ['newDeadline', 'note'],
  extension_decision: ['yes', 'note'],
  submit_acceptance: ['note'],
  acceptance_decision: ['yes', 'newDeadline', 'lookBackDue', 'note'],
  look_back: ['yes', 'newDeadline', 'note'],
};

/** The step that usually follows the one above, so adding rows walks down the lifecycle. */
export function nextType(previous: PaperItemStepType | null): PaperItemStepType {
  if (!previous) return 'assign';
  const following: Partial<Record<PaperItemStepType, PaperItemStepType>> = {
    assign: 'submit_plan',
    submit_plan: 'plan_decision',
    plan_decision: 'progress',
    progress: 'evidence',
    evidence: 'submit_acceptance',
    request_extension: 'extension_decision',
    extension_decision: 'progress',
    submit_acceptance: 'acceptance_decision',
    acceptance_decision: 'look_back',
  };
  return following[previous] ?? previous;
}

export function newRow(key: number, above: readonly PaperRow[]): PaperRow {
  return { key, type: nextType(above.at(-1)?.type ?? null), draft: emptyStep(above.at(-1)?.draft.on ?? null) };
}

/** Fields left empty that the step needs, by field: the console's own check before sending. */
export function missingFields(row: PaperRow): PaperStepField[] {
  const d = row.draft;
  const empty = (field: PaperStepField) => {
    const value = d[field];
    return value === null || (Array.isArray(value) ? value.length === 0 : typeof value === 'string' && !value.trim());
  };
  return ['on' as const, ...REQUIRED[row.type]].filter(empty);
}

const date = (value: Date | null) => toLocalDate(value)!;
const optionalDate = (key: string, value: Date | null) => (value ? { [key]: toLocalDate(value)! } : {});

/** One typed step as the service takes it. */
export function buildStep(row: PaperRow): PaperItemStepInput {
  const d = row.draft;
  const on = date(d.on);
  const note = d.note.trim();
  switch (row.type) {
    case 'assign':
      return { type: 'assign', on, owner: d.owner[0]!, leader: d.leader[0]!, deadline: date(d.deadline), note };
    case 'submit_plan':
      return { type: 'submit_plan', on, measures: d.measures.trim(), target: d.target.trim(), note };
    case 'plan_decision':
      return { type: 'plan_decision', on, approved: d.yes, note };
    case 'extension_decision':
      return { type: 'extension_decision', on, approved: d.yes, note };
    case 'progress':
      return { type: 'progress', on, percent: d.percent ?? 0, note };
    case 'evidence':
      return { type: 'evidence', on, note };
    case 'request_extension':
      return { type: 'request_extension', on, newDeadline: date(d.newDeadline), reason: note };
    case 'submit_acceptance':
      return { type: 'submit_acceptance', on, note };
    case 'acceptance_decision':
      return {
        type: 'acceptance_decision',
        on,
        passed: d.yes,
        note,
        ...(d.yes ? optionalDate('lookBackDue', d.lookBackDue) : optionalDate('newDeadline', d.newDeadline)),
      };
    case 'look_back':
      return { type: 'look_back', on, holds: d.yes, note, ...(d.yes ? {} : optionalDate('newDeadline', d.newDeadline)) };
  }
}

export function buildMigration(head: PaperHead, rows: readonly PaperRow[], idempotencyKey: string): MigrateItemInput {
  return {
    text: { problem: head.problem.trim(), category: head.category!, seriousness: head.seriousness },
    orgId: head.orgId,
    registeredOn: date(head.registeredOn),
    ...optionalDate('deadline', head.deadline),
    steps: rows.map(buildStep),
    idempotencyKey,
  };
}

/** The service's field name for a draft field, where they differ. */
const SERVICE_FIELD: Partial<Record<string, PaperStepField>> = {
  reason: 'note',
  approved: 'yes',
  passed: 'yes',
  holds: 'yes',
};

/** What the service refused, placed: the record's own problems, each row's, and each row field's. */
export interface PlacedProblems {
  head: string[];
  rows: Map<number, string[]>;
  fields: Map<number, Partial<Record<PaperStepField, string>>>;
  other: string[];
}

/**
 * Places a refusal: `steps.<n>.<field>` on its row's field where the row shows that field, else
 * on the row itself; `registeredOn`, `deadline` and the item's text on the record; nothing is dropped.
 */
export function placeProblems(error: ApiError, rows: readonly PaperRow[]): PlacedProblems {
  const placed: PlacedProblems = { head: [], rows: new Map(), fields: new Map(), other: [] };
  for (const { field, problem } of error.details) {
    const match = /^steps\.(\d+)(?:\.(\w+))?/.exec(field);
    if (!match) {
      if (['registeredOn', 'deadline', 'orgId'].includes(field) || field.startsWith('text')) placed.head.push(problem);
      else placed.other.push(`${field}: ${problem}`);
      continue;
    }
    const index = Number(match[1]);
    const row = rows[index];
    if (!row) {
      placed.other.push(problem);
      continue;
    }
    const name = (SERVICE_FIELD[match[2] ?? ''] ?? match[2]) as PaperStepField | undefined;
    if (name && (name === 'on' || FIELDS[row.type].includes(name))) {
      placed.fields.set(index, { ...placed.fields.get(index), [name]: problem });
    } else {
      placed.rows.set(index, [...(placed.rows.get(index) ?? []), problem]);
    }
  }
  return placed;
}
