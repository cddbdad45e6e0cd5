import { type Browser, expect, type Page } from '@playwright/test';
import { signIn } from './session';
import { consoleUrl } from './stack';

/** A signed-in user in a browser context of their own, so several people can take turns without signing out. */
export async function userPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: consoleUrl(),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

export async function openRequest(page: Page, requestId: string): Promise<void> {
  await page.goto(`/approvals/${requestId}`);
  await expect(page.getByTestId('request-title')).toBeVisible();
}

/** Draws a signature on the pad with the mouse: two strokes. */
export async function sign(page: Page): Promise<void> {
  const canvas = page.getByTestId('signature-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = (x: number, y: number) => page.mouse.move(box.x + x, box.y + y, { steps: 6 });
  await at(40, 110);
  await page.mouse.down();
  await at(90, 40);
  await at(140, 110);
  await at(190, 50);
  await page.mouse.up();
  await at(60, 80);
  await page.mouse.down();
  await at(180, 80);
  await page.mouse.up();
  await expect(page.getByTestId('signature-clear')).toBeEnabled();
}

/** Approves the open task with an opinion and a signature, and waits for the page to show it. */
export async function approve(page: Page, opinion: string): Promise<void> {
  await page.getByTestId('action-opinion').fill(opinion);
  await sign(page);
  await page.getByTestId('action-approve').click();
  await expect(page.getByText('已提交“同意”')).toBeVisible();
  await expect(page.getByTestId('action-approve')).toHaveCount(0);
}

export const statusTag = (page: Page) => page.getByTestId('request-status');
