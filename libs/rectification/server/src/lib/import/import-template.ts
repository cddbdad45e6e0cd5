import ExcelJS from 'exceljs';
import {
  itemCategories,
  itemCategoryLabels,
  seriousnessLabels,
  seriousnessSchema,
} from '@bastion/rectification-contracts';
import { neutraliseCell } from '@bastion/platform-files';
import { headerText, IMPORT_MAX_ROWS, importColumns } from '@bastion/rectification-contracts';

const YES_NO = '"是,否"';

/** exceljs keeps range validations (written as one `sqref`) on the sheet, but its typings only name the per-cell ones. */
type WithRangeValidations = {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

/**
 * The import template of a batch: one sheet to fill in (headers in Chinese with English beneath,
 * drop-down lists where the values are fixed) and a notes sheet with every accepted value,
 * including the names of the organisations an item may be assigned to.
 */
export async function importTemplate(batch: { title: string; orgNames: string[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bastion';
  const sheet = workbook.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = importColumns.map((c) => ({ header: headerText(c), key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 32;
  importColumns.forEach((c, i) => (header.getCell(i + 1).note = c.note));

  const lists: Partial<Record<(typeof importColumns)[number]['key'], string>> = {
    category: `"${itemCategories.map((c) => itemCategoryLabels[c].zh).join(',')}"`,
    seriousness: `"${seriousnessSchema.options.map((s) => seriousnessLabels[s].zh).join(',')}"`,
    exempt: YES_NO,
    fixedOnSpot: YES_NO,
  };
  importColumns.forEach((c, i) => {
    const list = lists[c.key];
    const letter = sheet.getColumn(i + 1).letter;
    if (list) {
      (sheet as unknown as WithRangeValidations).dataValidations.add(
        `${letter}2:${letter}${IMPORT_MAX_ROWS + 1}`,
        {
          type: 'list',
          allowBlank: true,
          formulae: [list],
        },
      );
    }
    if (c.key === 'deadline') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  });

  const notes = workbook.addWorksheet('说明 Notes');
  notes.columns = [{ width: 24 }, { width: 60 }];
  notes.addRow([`整改问题导入模板：${batch.title}`]).font = { bold: true };
  notes.addRow(['每行一个问题；有任何一行不合格时整批不导入，并列出每一行的问题。']);
  notes.addRow([
    'One problem per row. If any row is invalid nothing is imported, and every problem is listed.',
  ]);
  notes.addRow([]);
  notes.addRow(['列 Column', '填写要求 What to enter']).font = { bold: true };
  for (const c of importColumns) notes.addRow([`${c.zh} ${c.en}`, c.note]);
  notes.addRow([]);
  notes.addRow([
    '问题类别 Category',
    itemCategories.map((c) => `${itemCategoryLabels[c].zh}（${c}）`).join('、'),
  ]);
  notes.addRow([
    '严重程度 Seriousness',
    seriousnessSchema.options.map((s) => `${seriousnessLabels[s].zh}（${s}）`).join('、'),
  ]);
  notes.addRow([]);
  notes.addRow(['责任单位 Organisations']).font = { bold: true };
  // Organisation names are typed by administrators: none may become a formula.
  for (const name of batch.orgNames) notes.addRow(['', neutraliseCell(name)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
