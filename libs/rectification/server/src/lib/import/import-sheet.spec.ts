import ExcelJS from 'exceljs';
import { filledTemplate } from '../../testing/import-workbook';
import { IMPORT_MAX_ROWS } from '@bastion/rectification-contracts';
import { readImportSheet } from './import-sheet';

describe('reading an import spreadsheet', () => {
  it('maps each filled row of the template to its columns, skipping blank rows', async () => {
    const first = {
      problem: '问题一',
      category: '组织建设',
      seriousness: '一般',
      org: '甲林场党支部',
      deadline: new Date(Date.UTC(2026, 11, 31)),
    };
    const second = {
      problem: '问题二',
      category: '作风建设',
      seriousness: '严重',
      org: '乙林场党支部',
      exempt: '是',
      supportingUnits: '组织部、工会',
    };
    const sheet = await readImportSheet(await filledTemplate([first, {}, second]));
    expect(sheet.headerProblems).toEqual([]);
    expect(sheet.tooMany).toBe(false);
    expect(sheet.rows).toEqual([
      { number: 2, cells: first },
      { number: 4, cells: second },
    ]);
  });

  it('finds columns by header in any order and reports required ones missing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['责任单位', 'Problem', '说明']);
    sheet.addRow(['甲林场党支部', { richText: [{ text: '记录' }, { text: '不全' }] }, '多余的列']);
    const read = await readImportSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.rows).toEqual([{ number: 2, cells: { org: '甲林场党支部', problem: '记录不全' } }]);
    expect(read.headerProblems).toEqual([
      { field: 'row 1/category', problem: 'the column 问题类别 is missing' },
      { field: 'row 1/seriousness', problem: 'the column 严重程度 is missing' },
    ]);
  });

  // Writing and reading 20,000 rows takes seconds on a busy machine.
  it('stops at the row limit and says so', async () => {
    const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => ({ problem: `问题${i}` }));
    const read = await readImportSheet(await filledTemplate(rows));
    expect(read.tooMany).toBe(true);
    expect(read.rows).toHaveLength(IMPORT_MAX_ROWS);
  }, 60_000);
});
