import { expect, test } from '@playwright/test';

test('a wrong password is refused with a clear message, and the user name is kept', async ({ page }) => {
  await page.goto('/');
  // Every page needs a session: the guard sends a visitor to the login form.
  await expect(page).toHaveURL(/\/login/);
  await page.getByTestId('login-username').fill('branch1.committee');
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();

  await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
  await expect(page.getByTestId('login-username')).toHaveValue('branch1.committee');
  await expect(page.getByTestId('login-password')).toHaveValue('');
  await expect(page).toHaveURL(/\/login/);
});

test('an empty form is not sent', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-submit').click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
});
