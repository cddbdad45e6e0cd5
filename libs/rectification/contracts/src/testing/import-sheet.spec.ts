import ExcelJS from 'exceljs';
import { importColumns } from '../lib/import-columns';
import { importSheet } from './import-sheet';

describe('an import sheet made for a test', () => {
  it('carries the template headers and puts each value under its own', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await importSheet([{ 问题: '记录不全', 整改时限: '2027-01-15' }])) as unknown as ArrayBuffer,
    );
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(importColumns.map((column) => column.zh));
    const cell = (header: string) => rows[1]![importColumns.findIndex((column) => column.zh === header)];
    expect(cell('问题')).toBe('记录不全');
    expect(cell('整改时限')).toBe('2027-01-15');
    expect(cell('责任单位')).toBe('');
  });
});
