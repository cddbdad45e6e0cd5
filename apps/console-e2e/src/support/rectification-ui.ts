import { type APIRequestContext, type Browser, expect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiLogin, type ApiUser } from './approvals-api';
import { sign, userPage } from './approvals-ui';

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

/** Searches the person picker for someone by name and takes them. */
export async function pickPerson(page: Page, picker: Locator, name: string): Promise<void> {
  await picker.click();
  await picker.locator('input').fill(name);
  await page.locator('nz-option-item').filter({ hasText: name }).first().click();
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

/** The demo accounts a rectification sign-off may land on, signed in once over the API. */
export const SIGNERS = [
  'branch1.secretary',
  'branch1.deputy',
  'general1.secretary',
  'bureau1.secretary',
  'bureau1.orgdept',
  'bureau1.discipline',
  'group.secretary',
  'group.inspection',
  'group.orgdept',
  'group.discipline',
] as const;

interface OpenTasks {
  status: string;
  currentStage: number | null;
  stages: { index: number; tasks: { status: string; assignee: { personId: string } }[] }[];
}

/**
 * Decides a sign-off the way its signers would: each person with an open task finds the request
 * in their own inbox (待办) and approves it, stage after stage, until the request is approved.
 * Who holds each task is read from the request, as the route resolves it.
 */
export async function approveThroughInbox(
  browser: Browser,
  request: APIRequestContext,
  watcher: ApiUser,
  requestId: string,
): Promise<string[]> {
  const signers = new Map<string, string>();
  for (const username of SIGNERS) signers.set((await apiLogin(request, username)).personId, username);
  const approvedBy: string[] = [];
  for (let round = 0; round < 10; round += 1) {
    const detail = await openTasksOf(request, watcher, requestId);
    if (detail.status === 'approved') return approvedBy;
    expect(detail.status, `sign-off ${requestId}`).toBe('running');
    const stage = detail.stages.find((s) => s.index === detail.currentStage);
    const assignees = (stage?.tasks ?? []).filter((t) => t.status === 'open').map((t) => t.assignee.personId);
    const username = assignees.map((id) => signers.get(id)).find((u) => u !== undefined);
    expect(username, `a demo account holds an open task of ${requestId}`).toBeDefined();
    const page = await userPage(browser, username!);
    await page.getByTestId('side-menu').getByText('审批中心').click();
    await page.locator(`[data-testid="inbox-row"] a[href="/approvals/${requestId}"]`).first().click();
    await expect(page.getByTestId('request-title')).toBeVisible();
    await page.getByTestId('action-opinion').fill('同意。');
    if (await page.getByTestId('signature-canvas').isVisible()) await sign(page);
    await page.getByTestId('action-approve').click();
    await expect(page.getByText('已提交“同意”')).toBeVisible();
    approvedBy.push(username!);
    await page.context().close();
  }
  throw new Error(`sign-off ${requestId} was not approved in ten rounds`);
}

async function openTasksOf(request: APIRequestContext, user: ApiUser, requestId: string): Promise<OpenTasks> {
  // A stage's tasks appear a moment after it opens: wait until the request shows where it stands.
  let detail: OpenTasks | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/approvals/requests/${requestId}`, {
          headers: { Authorization: `Bearer ${user.token}` },
        });
        if (!response.ok()) return false;
        detail = (await response.json()) as OpenTasks;
        if (detail.status !== 'running') return true;
        const stage = detail.stages.find((s) => s.index === detail!.currentStage);
        return !!stage?.tasks.some((t) => t.status === 'open');
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return detail!;
}
