import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import type { ApiUser } from './approvals-api';
import { dayFromToday } from './controls';
import { untilShown } from './journey';

interface PersonPage {
  items: { id: string; name: string; developmentStage: string | null }[];
}

/** Someone of the demo, as the directory shows them. */
export interface DemoPerson {
  id: string;
  name: string;
}

const get = async <T>(request: APIRequestContext, user: ApiUser, path: string): Promise<T> => {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${user.token}` } });
  expect(response.ok(), `GET ${path}`).toBe(true);
  return (await response.json()) as T;
};

/** The organisation an officer's branch is, read from their own record. */
export async function branchOf(
  request: APIRequestContext,
  officer: ApiUser,
): Promise<{ id: string; name: string }> {
  const me = await get<{ org: { id: string; name: string } }>(
    request,
    officer,
    `/api/identity/people/${officer.personId}`,
  );
  return me.org;
}

/**
 * A grown-up of the branch who is not a member and has never had a development case: the demo
 * data holds some, and a case the run opens takes them out of the pool for the next run.
 */
export async function freshApplicant(
  request: APIRequestContext,
  officer: ApiUser,
  branchId: string,
): Promise<DemoPerson> {
  const page = await get<PersonPage>(
    request,
    officer,
    `/api/identity/people?orgId=${branchId}&status=none&limit=100`,
  );
  const adultBy = dayFromToday(-20 * 366);
  for (const person of page.items.filter((p) => p.developmentStage === null)) {
    const detail = await get<{ birthDate: string | null }>(
      request,
      officer,
      `/api/identity/people/${person.id}`,
    );
    if (!detail.birthDate || detail.birthDate > adultBy) continue;
    const existing = await request.get(`/api/development/cases/${person.id}`, {
      headers: { Authorization: `Bearer ${officer.token}` },
    });
    if (existing.status() === 404) return { id: person.id, name: person.name };
  }
  throw new Error(`no person of branch ${branchId} is left to apply`);
}

/** Full members of the branch other than the given people: mentors and sponsors. */
export async function fullMembers(
  request: APIRequestContext,
  officer: ApiUser,
  branchId: string,
  count: number,
  except: string[],
): Promise<DemoPerson[]> {
  const page = await get<PersonPage>(
    request,
    officer,
    `/api/identity/people?orgId=${branchId}&status=full&limit=100`,
  );
  const names = new Map<string, number>();
  for (const p of page.items) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  // A name the branch holds once can be picked by name alone.
  const picked = page.items.filter((p) => !except.includes(p.id) && names.get(p.name) === 1).slice(0, count);
  expect(picked, `${count} full members in ${branchId}`).toHaveLength(count);
  return picked.map(({ id, name }) => ({ id, name }));
}

export async function openCase(page: Page, caseId: string): Promise<void> {
  await page.goto(`/development/cases/${caseId}`);
  await expect(page.getByTestId('case-name')).toBeVisible();
}

/** Opens the form of a step from the case page's panel. */
export async function startStep(page: Page, type: string): Promise<Locator> {
  await page.getByTestId('case-action-panel').getByTestId(`step-${type}`).click();
  return page.getByTestId(`step-form-${type}`);
}

/** Sends the open step form and waits until the case shows it done. */
export async function sendStep(page: Page, form: Locator): Promise<void> {
  await form.getByTestId('step-submit').click();
  await expect(page.getByText(/^已办理：/).first()).toBeVisible();
  await expect(form).toHaveCount(0);
}

/**
 * Reloads the case until it stands at `status`: a sign-off's outcome reaches the case's workflow
 * a moment after the last approval.
 */
export function untilCaseStatus(page: Page, status: string): Promise<void> {
  return untilShown(
    () => page.getByTestId('case-reload').click(),
    (timeout) => expect(page.getByTestId('case-status')).toHaveAttribute('data-status', status, { timeout }),
  );
}

/** Until the case's next step is open to the caller (after a sign-off, once its outcome lands). */
export function untilStepOffered(page: Page, type: string): Promise<void> {
  return untilShown(
    () => page.getByTestId('case-reload').click(),
    (timeout) =>
      expect(page.getByTestId('case-action-panel').getByTestId(`step-${type}`)).toBeVisible({ timeout }),
  );
}

/** The request id of the case's pending sign-off, from its link. */
export async function pendingSignOff(page: Page): Promise<string> {
  const link = page.getByTestId('case-pending-link');
  await expect(link).toBeVisible();
  return (await link.getAttribute('href'))!.split('/').pop()!;
}

/** Chooses the kind of a paper-record row by searching its label (the list scrolls virtually). */
export async function setRowType(page: Page, row: number, label: string): Promise<void> {
  const select = page.getByTestId(`mig-${row}-type`);
  await select.click();
  await select.locator('input').fill(label);
  await page.locator(`nz-option-item[title$=" ${label}"]`).click();
  await expect(select).toContainText(label);
}
