import ExcelJS from 'exceljs';
import { importColumns, type ImportColumnKey } from '@bastion/rectification-contracts';
import { importTemplate } from '../lib/import/import-template';

/** exceljs reads a Node Buffer, though its typings name an ArrayBuffer. */
const loadable = (content: Buffer) => content as unknown as ArrayBuffer;

export type ImportRowInput = Partial<Record<ImportColumnKey, string | number | boolean | Date>>;

/** A spreadsheet as a user makes it: the batch's template, filled in row by row. */
export async function filledTemplate(rows: ImportRowInput[], orgNames: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(loadable(await importTemplate({ title: '测试批次', orgNames })));
  const sheet = workbook.getWorksheet('问题清单')!;
  for (const row of rows) sheet.addRow(importColumns.map((c) => row[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of a spreadsheet's first sheet as plain values, for checking an export. */
export async function sheetValues(content: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(loadable(content));
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
