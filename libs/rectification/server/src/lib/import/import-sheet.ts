import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FieldProblem } from '@bastion/shared-contracts';
import { IMPORT_MAX_ROWS, importColumns, type ImportColumnKey } from '@bastion/rectification-contracts';

/** A cell's value as the rules read it: text, a number, a date, a yes/no, or nothing. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number as the user sees it (the header is row 1). */
  number: number;
  cells: Partial<Record<ImportColumnKey, CellValue>>;
}

export interface ImportSheet {
  /** Problems with the header row: a required column missing. */
  headerProblems: FieldProblem[];
  rows: SheetRow[];
  /** The sheet has more rows than one import takes (reading stopped there). */
  tooMany: boolean;
}

const REQUIRED: readonly ImportColumnKey[] = ['problem', 'category', 'seriousness', 'org'];

/** What exceljs gives for a cell, flattened: rich text and hyperlinks to their text, formulas to their result. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text);
  if ('formula' in value || 'sharedFormula' in value)
    return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return null;
  return null;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Which column a header cell names: by its Chinese header (first line), its English one, or its key. */
function columnOf(header: CellValue): ImportColumnKey | undefined {
  if (typeof header !== 'string') return undefined;
  const [first = '', second = ''] = header.split(/\r?\n/).map((l) => l.trim());
  return importColumns.find(
    (c) => c.zh === first || c.key === first || c.en.toLowerCase() === (second || first).toLowerCase(),
  )?.key;
}

/**
 * Reads the first sheet of an import spreadsheet as a stream (a 20 MB file is not built up in
 * memory as a workbook): the header row names the columns, each later row that is not blank
 * becomes one row of cells by column.
 */
export async function readImportSheet(content: Buffer): Promise<ImportSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), {
    sharedStrings: 'cache',
    // Number formats tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  // A zip may hold a worksheet before `xl/workbook.xml` (ExcelJS itself writes its entries in
  // whatever order they finish); the reader then looks up the sheet's name in a workbook model it
  // has not read yet and fails. An empty model lets it read the sheet without its name, which the
  // import does not need.
  (reader as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };
  const rows: SheetRow[] = [];
  let columns: (ImportColumnKey | undefined)[] | undefined;
  let tooMany = false;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = (row.values as ExcelJS.CellValue[]).map(plainValue);
      if (!columns) {
        columns = values.map(columnOf);
        continue;
      }
      const cells: SheetRow['cells'] = {};
      columns.forEach((key, i) => {
        if (key && !isBlank(values[i] ?? null)) cells[key] = values[i]!;
      });
      if (Object.keys(cells).length === 0) continue;
      if (rows.length === IMPORT_MAX_ROWS) {
        tooMany = true;
        break;
      }
      rows.push({ number: row.number, cells });
    }
    // Only the first sheet holds the problems; the others are notes.
    break;
  }
  const found = new Set(columns ?? []);
  const headerProblems = REQUIRED.filter((key) => !found.has(key)).map((key) => ({
    field: `row 1/${key}`,
    problem: `the column ${importColumns.find((c) => c.key === key)!.zh} is missing`,
  }));
  return { headerProblems, rows, tooMany };
}
