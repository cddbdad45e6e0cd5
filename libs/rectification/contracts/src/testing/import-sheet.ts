import ExcelJS from 'exceljs';
import { type ImportHeader, importColumns } from '../lib/import-columns';

/** One row of a filled-in import sheet by the columns' Chinese headers; a column left out stays empty. */
export type ImportSheetRow = Partial<Record<ImportHeader, string>>;

/**
 * An import spreadsheet as an officer fills it in: the template's headers, then a row per finding.
 * Made where it is needed rather than kept as a binary file.
 */
export async function importSheet(rows: readonly ImportSheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题清单');
  sheet.addRow(importColumns.map((column) => column.zh));
  for (const row of rows) sheet.addRow(importColumns.map((column) => row[column.zh] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
