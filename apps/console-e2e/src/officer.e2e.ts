import { expect, test } from '@playwright/test';
import { expandNode, selectNode, signIn, signOut } from './support/session';

const BUREAU = '青山林业局党委';
const GENERAL_BRANCH = '青山林业局林场党总支';

test('a bureau officer browses the tree, adds a branch, finds a person and signs out', async ({
  page,
}, testInfo) => {
  await signIn(page, 'bureau1.orgdept');
  await expect(page.getByTestId('workbench-roles')).toContainText('组织部');
  await page.screenshot({ path: testInfo.outputPath('workbench.png') });

  await test.step('browse the tree', async () => {
    await page.getByTestId('side-menu').getByText('组织机构').click();
    await expect(page).toHaveURL(/\/orgs/);
    await expandNode(page, BUREAU);
    await selectNode(page, GENERAL_BRANCH);
    await expect(page.getByTestId('org-path')).toContainText(BUREAU);
    await expect(page.getByTestId('org-member-counts')).toContainText('正式党员');
  });

  const name = `青山林业局新建林场党支部${Date.now() % 100_000}`;
  await test.step('create a branch under the general branch', async () => {
    await page.getByTestId('org-create-child').click();
    const form = page.getByTestId('org-form');
    await expect(form).toBeVisible();
    await expect(page.getByTestId('org-form-kind')).toContainText('党支部');
    await page.getByTestId('org-form-name').fill(name);
    await page.getByTestId('org-form-code').fill('E2E-BRANCH');
    await page.getByRole('button', { name: '保存' }).click();

    // The new branch is selected, shown, and sits under the general branch in the tree.
    await expect(page.getByTestId('org-detail-name')).toHaveText(name);
    await expect(page.getByTestId('org-path')).toContainText(GENERAL_BRANCH);
    await expect(page.getByTestId('org-tree').getByText(name, { exact: true })).toBeVisible();
    await expect(page.getByTestId('org-history')).toContainText('创建了该组织');
    await page.screenshot({ path: testInfo.outputPath('org-created.png') });
  });

  await test.step('find a person by name and open them', async () => {
    await page.getByTestId('side-menu').getByText('人员').click();
    const rows = page.getByTestId('person-row');
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId('people-total')).toContainText('共');
    const person = (await rows.nth(3).locator('td').first().innerText()).trim();

    await page.getByTestId('people-search').fill(person);
    await page.getByTestId('people-search').press('Enter');
    await expect(rows.first().locator('td').first()).toHaveText(person);
    for (const cell of await rows.locator('td:first-child').allInnerTexts()) expect(cell).toContain(person);
    await page.screenshot({ path: testInfo.outputPath('people.png') });

    await rows.first().getByRole('link', { name: person }).click();
    await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('person-name')).toContainText(person);
    // The ID number is masked for everyone but an administrator who asks for it.
    await expect(page.getByTestId('person-id-masked')).toContainText('*');
    await expect(page.getByTestId('person-reveal')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('person.png'), fullPage: true });
  });

  await signOut(page);
  // The session is gone: a protected page sends the visitor back to the login form.
  await page.goto('/orgs');
  await expect(page).toHaveURL(/\/login/);
});
