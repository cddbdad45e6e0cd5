import type { OrgSubtreeNode } from '@bastion/identity-contracts';
import {
  type ItemCategory,
  itemCategories,
  itemCategoryLabels,
  type ItemText,
  itemTextSchema,
  type OrgRef,
  type Seriousness,
  seriousnessLabels,
  seriousnessSchema,
} from '@bastion/rectification-contracts';
import { localDateSchema, type FieldProblem } from '@bastion/shared-contracts';
import type { ImportColumnKey } from '@bastion/rectification-contracts';
import type { CellValue, SheetRow } from './import-sheet';

/** One valid row: an item to register. */
export interface ImportCandidate {
  row: number;
  text: ItemText;
  org: OrgRef;
  deadline: string | null;
  fixedOnSpot: { note: string; files: [] } | null;
}

type Problem = { column: ImportColumnKey; problem: string };

const text = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
};

/** A choice by its Chinese label or its key. */
function choice<T extends string>(
  value: CellValue | undefined,
  options: readonly T[],
  labels: Record<T, { zh: string }>,
): T | undefined {
  const given = text(value);
  return options.find((o) => o === given || labels[o].zh === given);
}

/** 是 / 否, blank for 否. */
function yesNo(value: CellValue | undefined): boolean | undefined {
  if (value === true || value === false) return value;
  const given = text(value);
  if (given === '' || given === '否') return false;
  if (given === '是') return true;
  return undefined;
}

/** Excel stores dates as days since 1899-12-30; a date cell read without its format comes as that number. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function date(value: CellValue | undefined): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2_958_466) {
    return new Date(EXCEL_EPOCH_MS + value * 86_400_000).toISOString().slice(0, 10);
  }
  const given = text(value);
  return localDateSchema.safeParse(given).success ? given : undefined;
}

const TEXT_FIELD_COLUMNS: Record<string, ImportColumnKey> = {
  problem: 'problem',
  category: 'category',
  seriousness: 'seriousness',
  measures: 'measures',
  target: 'target',
  supportingUnits: 'supportingUnits',
  exemptFromPublication: 'exempt',
};

/** Organisations by name within the inspected subtree; a name two nodes share is ambiguous. */
export function orgsByName(nodes: OrgSubtreeNode[]): Map<string, OrgSubtreeNode[]> {
  const byName = new Map<string, OrgSubtreeNode[]>();
  for (const node of nodes) byName.set(node.name, [...(byName.get(node.name) ?? []), node]);
  return byName;
}

function validateRow(
  row: SheetRow,
  orgs: Map<string, OrgSubtreeNode[]>,
): { candidate?: ImportCandidate; problems: Problem[] } {
  const problems: Problem[] = [];
  const { cells } = row;
  const category = choice<ItemCategory>(cells.category, itemCategories, itemCategoryLabels);
  if (!category) {
    problems.push({
      column: 'category',
      problem: text(cells.category)
        ? `“${text(cells.category)}” is not a category; use one of ${itemCategories.map((c) => itemCategoryLabels[c].zh).join('、')}`
        : 'is required',
    });
  }
  const seriousness = choice<Seriousness>(cells.seriousness, seriousnessSchema.options, seriousnessLabels);
  if (!seriousness) {
    problems.push({
      column: 'seriousness',
      problem: text(cells.seriousness)
        ? `“${text(cells.seriousness)}” is not a seriousness; use one of 一般、较重、严重`
        : 'is required',
    });
  }
  const exempt = yesNo(cells.exempt);
  if (exempt === undefined) problems.push({ column: 'exempt', problem: 'must be 是 or 否' });
  const fixed = yesNo(cells.fixedOnSpot);
  if (fixed === undefined) problems.push({ column: 'fixedOnSpot', problem: 'must be 是 or 否' });
  const fixedNote = text(cells.fixedOnSpotNote);
  if (fixed && !fixedNote)
    problems.push({ column: 'fixedOnSpotNote', problem: 'is required when 立行立改 is 是' });
  if (fixed === false && fixedNote) {
    problems.push({ column: 'fixedOnSpotNote', problem: 'is filled in, but 立行立改 is not 是' });
  }
  if (fixedNote.length > 2000)
    problems.push({ column: 'fixedOnSpotNote', problem: 'is longer than 2000 characters' });

  const parsed = itemTextSchema.safeParse({
    problem: text(cells.problem),
    category: category ?? 'other',
    seriousness: seriousness ?? 'general',
    measures: text(cells.measures),
    target: text(cells.target),
    supportingUnits: text(cells.supportingUnits)
      .split(/[、，,;；]/)
      .map((u) => u.trim())
      .filter(Boolean),
    exemptFromPublication: exempt ?? false,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = TEXT_FIELD_COLUMNS[String(issue.path[0])] ?? 'problem';
      problems.push({ column, problem: text(cells[column]) ? issue.message : 'is required' });
    }
  }

  const orgName = text(cells.org);
  const matches = orgName ? (orgs.get(orgName) ?? []) : [];
  if (!orgName) problems.push({ column: 'org', problem: 'is required' });
  else if (matches.length === 0) {
    problems.push({
      column: 'org',
      problem: `“${orgName}” is not the inspected organisation or one below it`,
    });
  } else if (matches.length > 1) {
    problems.push({
      column: 'org',
      problem: `“${orgName}” names ${matches.length} organisations under the inspected one`,
    });
  }

  const deadline = date(cells.deadline);
  if (deadline === undefined) {
    problems.push({ column: 'deadline', problem: `“${text(cells.deadline)}” is not a date (YYYY-MM-DD)` });
  }

  if (problems.length || !parsed.success) return { problems };
  const org = matches[0]!;
  return {
    problems,
    candidate: {
      row: row.number,
      text: parsed.data,
      org: { id: org.id, name: org.name, idPath: org.idPath },
      deadline: deadline ?? null,
      fixedOnSpot: fixed ? { note: fixedNote, files: [] } : null,
    },
  };
}

/**
 * Every row checked on its own: a valid row becomes an item to register, a bad one gives each of
 * its problems as `row <n>/<column>`.
 */
export function validateRows(
  rows: SheetRow[],
  subtree: OrgSubtreeNode[],
): { candidates: ImportCandidate[]; problems: FieldProblem[] } {
  const orgs = orgsByName(subtree);
  const candidates: ImportCandidate[] = [];
  const problems: FieldProblem[] = [];
  for (const row of rows) {
    const checked = validateRow(row, orgs);
    if (checked.candidate) candidates.push(checked.candidate);
    problems.push(
      ...checked.problems.map((p) => ({ field: `row ${row.number}/${p.column}`, problem: p.problem })),
    );
  }
  return { candidates, problems };
}
