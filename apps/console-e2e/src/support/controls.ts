import type { Locator, Page } from '@playwright/test';

/** Opens the organisation tree of a picker and chooses a node, expanding its ancestors by name. */
export async function pickOrg(page: Page, picker: Locator, path: string[]): Promise<void> {
  await picker.click();
  const dropdown = page.locator('.ant-select-tree').last();
  for (const name of path.slice(0, -1)) {
    const node = dropdown.locator('nz-tree-node', { has: page.locator(`[title="${name}"]`) }).first();
    await node.locator('nz-tree-node-switcher').click();
  }
  await dropdown
    .locator(`[title="${path.at(-1)}"]`)
    .first()
    .click();
}

/**
 * Searches the person picker for someone by name and takes them; `org` tells apart people of the
 * same name by the organisation the option shows beside the name.
 */
export async function pickPerson(page: Page, picker: Locator, name: string, org?: string): Promise<void> {
  await picker.click();
  await picker.locator('input').fill(name);
  const options = page.locator('nz-option-item').filter({ hasText: name });
  await (org ? options.filter({ hasText: org }) : options).first().click();
}

/** Types a business date into an ng-zorro date picker. */
export async function pickDate(picker: Locator, date: string): Promise<void> {
  const input = picker.locator('input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** A business date some days from today, Asia/Shanghai. */
export function dayFromToday(days: number): string {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
