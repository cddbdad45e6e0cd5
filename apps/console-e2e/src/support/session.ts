import { expect, type Page } from '@playwright/test';

/** The demo organisation's password for every account (tools/seed/forest-group.ts). */
export const DEMO_PASSWORD = 'Demo@2026';

/** Signs in through the login form and waits for the workbench. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.getByTestId('workbench-greeting')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

/** Opens a tree node's children by clicking its expander. */
export async function expandNode(page: Page, name: string): Promise<void> {
  const node = page.getByTestId('org-tree').locator('nz-tree-node', { hasText: name }).first();
  await node.locator('nz-tree-node-switcher').click();
}

/** Selects a node of the organisation tree by its name. */
export async function selectNode(page: Page, name: string): Promise<void> {
  await page.getByTestId('org-tree').getByText(name, { exact: true }).click();
  await expect(page.getByTestId('org-detail-name')).toHaveText(name);
}
