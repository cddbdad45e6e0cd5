import { expect, test } from './support/journey';
import { signIn } from './support/session';

// A year far from any deadline the demo runs on, so adding and removing it changes nothing else.
const YEAR = '2090';

test('an administrator adds a year of holiday data, is told what is wrong first, and removes it', async ({
  page,
  shot,
}) => {
  await signIn(page, 'admin');
  await page.getByTestId('side-menu').getByText('节假日日历').click();
  await expect(page).toHaveURL(/\/calendar$/);
  // The shipped years are listed as defaults.
  await expect(page.locator('[data-testid="calendar-row"][data-year="2026"]')).toContainText('内置');

  await page.getByTestId('calendar-add').click();
  await page.getByTestId('calendar-year').fill(YEAR);
  // A line the editor cannot read is named, and nothing is sent.
  await page.getByTestId('calendar-holidays').fill(`${YEAR}-01-01 元旦`);
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-line-problems')).toContainText('第 1 行格式不对');

  // A make-up working day on a weekday: the service refuses it, naming the day.
  await page.getByTestId('calendar-holidays').fill(`${YEAR}-01-01 元旦 New Year's Day`);
  await page.getByTestId('calendar-makeup').fill(`${YEAR}-01-02`);
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-editor').getByTestId('error-alert')).toContainText(`${YEAR}-01-02`);
  await shot(page, 'calendar-refused');

  // 1 January 2090 is a Sunday: the next day, Monday, off in lieu; Saturday 7 January worked.
  await page
    .getByTestId('calendar-holidays')
    .fill(`${YEAR}-01-01 元旦 New Year's Day\n${YEAR}-01-02 元旦 New Year's Day`);
  await page.getByTestId('calendar-makeup').fill(`${YEAR}-01-07`);
  await page.getByTestId('calendar-source').fill('测试数据');
  await page.getByTestId('calendar-save').click();
  const added = page.locator(`[data-testid="calendar-row"][data-year="${YEAR}"]`);
  await expect(added).toContainText('已添加');
  await expect(added).toContainText('元旦');
  await expect(added).toContainText(`${YEAR}-01-07`);
  await expect(added).toContainText('admin');

  await added.getByTestId('calendar-reset').click();
  await page
    .locator('.ant-popover')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(added).toHaveCount(0);
});
