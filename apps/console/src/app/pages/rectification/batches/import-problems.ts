import type { FieldProblem } from '@bastion/shared-contracts';
import type { ImportProblem } from '@bastion/rectification-contracts';

/** The service names a spreadsheet problem `row <n>/<columnKey>`; a row alone has no column. */
const ROW_FIELD = /^row (\d+)(?:\/(.+))?$/;

/**
 * A refused import's problems, one entry per bad row in row order, each with everything wrong
 * with it; problems that name no row (a missing column, an empty sheet) come first as row 0.
 */
export function problemsByRow(details: readonly FieldProblem[]): ImportProblem[] {
  const rows = new Map<number, ImportProblem>();
  for (const { field, problem } of details) {
    const match = ROW_FIELD.exec(field);
    const row = match ? Number(match[1]) : 0;
    const column = match ? (match[2] ?? '') : field;
    let entry = rows.get(row);
    if (!entry) rows.set(row, (entry = { row, problems: [] }));
    entry.problems.push({ field: column, problem });
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}
