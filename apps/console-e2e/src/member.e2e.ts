import { expect, test } from '@playwright/test';
import { signIn } from './support/session';

test('an ordinary member sees their branch but cannot change the tree or list people', async ({ page }) => {
  await signIn(page, 'branch1.member');

  // person.read is for officers: the menu has no 人员 entry for a member.
  const menu = page.getByTestId('side-menu');
  await expect(menu.getByText('组织机构')).toBeVisible();
  await expect(menu.getByText('人员', { exact: true })).toHaveCount(0);

  await menu.getByText('组织机构').click();
  const branch = '青山林业局红星林场党支部';
  await page.getByTestId('org-tree').getByText(branch, { exact: true }).click();
  await expect(page.getByTestId('org-detail-name')).toHaveText(branch);
  await expect(page.getByTestId('org-create-child')).toHaveCount(0);
  await expect(page.getByTestId('org-edit')).toHaveCount(0);
  await expect(page.getByTestId('org-dissolve')).toHaveCount(0);
});
