/**
 * A spreadsheet program reads a cell that begins with `=`, `+`, `-` or `@` as a formula, and one
 * that begins with a tab or a carriage return may become one once re-read (CSV injection). Every
 * text cell Bastion writes to a CSV or a workbook goes through `neutraliseCell`, which puts an
 * apostrophe in front of such a text: the program then shows it as the text it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV field: neutralised, quoted, inner quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  return `"${String(neutraliseCell(value ?? '')).replaceAll('"', '""')}"`;
}
