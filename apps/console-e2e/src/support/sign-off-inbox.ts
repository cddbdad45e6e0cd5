import { type APIRequestContext, type Browser, expect } from '@playwright/test';
import { apiLogin, type ApiUser } from './approvals-api';
import { sign, userPage } from './approvals-ui';

/** The demo accounts a sign-off of the demo's first bureau may land on, signed in once over the API. */
export const SIGNERS = [
  'branch1.secretary',
  'branch1.deputy',
  'general1.secretary',
  'bureau1.secretary',
  'bureau1.orgdept',
  'bureau1.organiser',
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
