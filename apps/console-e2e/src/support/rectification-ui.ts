import { expect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';

/** The import template's columns by their Chinese headers, as the service reads them. */
export const IMPORT_HEADERS = [
  '问题',
  '问题类别',
  '严重程度',
  '整改措施',
  '整改目标',
  '责任单位',
  '配合单位',
  '整改时限',
  '不予公开',
  '立行立改',
  '立行立改情况',
] as const;

export type ImportRow = Partial<Record<(typeof IMPORT_HEADERS)[number], string>>;

/** A filled-in import spreadsheet, made here rather than committed as a binary file. */
export async function importSheet(rows: ImportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题清单');
  sheet.addRow([...IMPORT_HEADERS]);
  for (const row of rows) sheet.addRow(IMPORT_HEADERS.map((header) => row[header] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Uploads a spreadsheet through the batch page's import dialog. */
export async function uploadImport(page: Page, name: string, content: Buffer): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  });
  await expect(page.getByTestId('import-chosen')).toHaveText(name);
  await page.getByTestId('import-send').click();
}

export async function openItem(page: Page, itemId: string): Promise<void> {
  await page.goto(`/rectification/items/${itemId}`);
  await expect(page.getByTestId('lifecycle')).toBeVisible();
}

/**
 * Reloads the item page until the item stands at `status`: a sign-off's outcome reaches the item's
 * workflow a moment after the last approval.
 */
export async function untilStatus(page: Page, status: string): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('item-status')).toHaveText(status, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

/** Opens an action of the item page's panel. */
export async function startAction(page: Page, type: string): Promise<Locator> {
  const panel = page.getByTestId('item-action-panel');
  await panel.getByTestId(`action-${type}`).click();
  return panel.getByTestId(`form-${type}`);
}
