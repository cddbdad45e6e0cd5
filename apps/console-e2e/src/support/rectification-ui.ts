import { expect, type Locator, type Page } from '@playwright/test';
import { untilShown } from './journey';

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
export function untilStatus(page: Page, status: string): Promise<void> {
  return untilShown(
    () => page.reload(),
    (timeout) => expect(page.getByTestId('item-status')).toHaveText(status, { timeout }),
  );
}

/** Opens an action of the item page's panel. */
export async function startAction(page: Page, type: string): Promise<Locator> {
  const panel = page.getByTestId('item-action-panel');
  await panel.getByTestId(`action-${type}`).click();
  return panel.getByTestId(`form-${type}`);
}
