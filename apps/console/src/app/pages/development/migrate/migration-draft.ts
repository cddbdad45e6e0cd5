import type { MigrateCaseInput, MigratedStep, MigratedStepInput } from '@bastion/development-contracts';
import { type ApiError, MigrationRefusal } from '@bastion/console-ui';
import { type Language, refusalReason, renderText } from '@bastion/messages';
import { type ApplicationDraft, buildApplication } from '../shared/application-draft';
import {
  buildStep,
  draftFieldOf,
  emptyDraft,
  type StepDraft,
  type StepDraftField,
} from '../steps/step-draft';
import { MIGRATION_TYPES } from '../steps/step-types';

export type MigratedType = MigratedStep['type'];

/** One step of the paper record as typed: its kind, its fields, and what the service said of it. */
export interface MigrationRow {
  /** Stable across reordering, for the view to track. */
  key: number;
  type: MigratedType;
  draft: StepDraft;
}

/** What the service refused, placed: the application's problems and each row's, by row index. */
export interface PlacedProblems {
  application: string[];
  rows: Map<number, string[]>;
  /** Problems with a named field of a row, to mark the field itself. */
  fields: Map<number, Partial<Record<StepDraftField, string>>>;
  other: string[];
}

const APPLICATION_FIELDS = ['personId', 'orgId', 'applicationDate', 'note', 'files'];

/** Steps a paper record may hold but that do not come in the usual run of a case. */
const OFF_THE_LINE: readonly MigratedType[] = ['not_chosen', 'thought_report'];

/** The step that usually follows `previous` on paper, so adding rows walks down the procedure. */
export function nextType(previous: MigratedType | null): MigratedType {
  const usual = MIGRATION_TYPES.filter((t) => !OFF_THE_LINE.includes(t));
  if (!previous) return usual[0]!;
  const index = MIGRATION_TYPES.indexOf(previous);
  return usual.find((t) => MIGRATION_TYPES.indexOf(t) > index) ?? previous;
}

/** Which filing a new filing row records: the one after the last decision typed above it. */
export function filingAfter(rows: readonly MigrationRow[]): StepDraft['filing'] {
  const decisions: Partial<Record<MigratedType, StepDraft['filing']>> = {
    decide_activist: 'activist',
    decide_candidate: 'candidate',
    approval_decision: 'approval',
  };
  const last = rows.findLast((row) => row.type in decisions);
  return last ? decisions[last.type]! : 'activist';
}

export function newRow(key: number, above: readonly MigrationRow[]): MigrationRow {
  const type = nextType(above.at(-1)?.type ?? null);
  const draft = emptyDraft();
  if (type === 'file') draft.filing = filingAfter(above);
  return { key, type, draft };
}

export function buildMigration(
  application: ApplicationDraft,
  rows: readonly MigrationRow[],
): MigrateCaseInput {
  return {
    ...buildApplication(application),
    steps: rows.map((row) => buildStep(row.type, row.draft) as MigratedStepInput),
  };
}

/**
 * Places a refusal: the rules' problems by the index of their step (-1 is the application), each
 * worded from its reason by key in the user's language, and field problems named
 * `steps.<n>.<field>` on their row's field. Nothing is lost: what fits no row is kept for the
 * form's alert.
 */
export function placeProblems(
  error: ApiError,
  rowCount: number,
  language: Language = 'zh-CN',
): PlacedProblems {
  const placed: PlacedProblems = { application: [], rows: new Map(), fields: new Map(), other: [] };
  const toRow = (index: number, text: string) => {
    if (index >= 0 && index < rowCount) placed.rows.set(index, [...(placed.rows.get(index) ?? []), text]);
    else if (index === -1) placed.application.push(text);
    else placed.other.push(text);
  };
  if (error instanceof MigrationRefusal) {
    for (const p of error.problems) {
      const reason = refusalReason(p.params);
      toRow(p.index, reason ? renderText(reason, language) : p.problem);
    }
  }
  for (const { field, problem } of error.details) {
    const match = /^steps\.(\d+)(?:\.|$)/.exec(field);
    if (!match) {
      if (APPLICATION_FIELDS.includes(field)) placed.application.push(problem);
      else placed.other.push(`${field}: ${problem}`);
      continue;
    }
    const index = Number(match[1]);
    const name = draftFieldOf(field);
    if (name && index < rowCount) {
      placed.fields.set(index, { ...placed.fields.get(index), [name]: problem });
    } else {
      toRow(index, problem);
    }
  }
  return placed;
}
