import { expect, test } from './support/journey';
import { signIn } from './support/session';

test('an administrator builds a route template, and saving again makes a new version', async ({
  page,
  shot,
}) => {
  await signIn(page, 'admin');
  await page.getByTestId('side-menu').getByText('审批模板').click();
  await expect(page.getByTestId('template-row').first()).toBeVisible();
  await page.getByTestId('template-create').click();

  // Nothing filled in: the contract's checks show on the fields, nothing is sent.
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('stage-editor-0')).toContainText('此项必填');
  await expect(page.getByTestId('editor-error')).toBeVisible();

  const name = `支部请示 ${Date.now() % 100_000}`;
  await page.getByTestId('template-name').fill(name);
  await page.getByTestId('stage-name-0').fill('支部书记审核');
  await page.getByTestId('stage-0-assignees-role').click();
  await page.locator('nz-option-item[title="书记"]').click();

  await page.getByTestId('stage-add').click();
  const second = page.getByTestId('stage-editor-1');
  await page.getByTestId('stage-name-1').fill('组织部会签');
  await second.getByTestId('mode-all').click();
  await page.getByTestId('stage-1-assignees-role').click();
  await page.locator('nz-option-item[title="组织部"]').click();
  await page.getByTestId('stage-1-assignees-anchor').click();
  await page.locator('nz-option-item[title="审批党委"]').click();
  await shot(page, 'template-editor');

  await page.getByTestId('template-save').click();
  await expect(page).toHaveURL(/\/route-templates\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('editor-version')).toHaveText('第 1 版');
  await expect(page.getByTestId('stage-name-1')).toHaveValue('组织部会签');

  await page.getByTestId('stage-name-0').fill('支部书记审核（修订）');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('editor-version')).toHaveText('第 2 版');

  // The list shows the current version and its stages.
  await page.getByTestId('side-menu').getByText('审批模板').click();
  await page.getByTestId('template-search').fill(name);
  await page.getByTestId('template-search').press('Enter');
  const row = page.getByTestId('template-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('第 2 版');
  await expect(row).toContainText('组织部会签（会签）');

  // Archived, it leaves the list of templates in use.
  await row.getByRole('link').click();
  await page.getByTestId('template-archive').click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '停用' }).click();
  await expect(page.getByTestId('template-archive')).toHaveCount(0);
  await page.getByTestId('side-menu').getByText('审批模板').click();
  await page.getByTestId('template-search').fill(name);
  await page.getByTestId('template-search').press('Enter');
  await expect(row).toHaveCount(0);
});
