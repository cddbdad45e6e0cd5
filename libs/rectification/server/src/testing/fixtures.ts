import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { addDays, addWorkingDays, clock, createHolidayCalendar, shippedChinaHolidayData } from '@bastion/calendar';
import type { BatchView, ItemView } from '@bastion/rectification-contracts';
import { directory, type PersonKey } from '@bastion/platform-service-testing';
import type { RectificationTestApp } from './rectification-test-app';

/** An action as the HTTP API takes it, with a fresh idempotency key. */
export function action(type: string, over: Record<string, unknown> = {}) {
  return { type, idempotencyKey: `key-${randomUUID()}`, ...over };
}

/** The business date `days` from today in Asia/Shanghai. */
export function inDays(days: number): string {
  return addDays(clock.today(), days);
}

/**
 * The calendar the test services count on: the shipped years, and weekdays in a year without
 * data, as a service does until an administrator adds the year.
 */
export const testCalendar = createHolidayCalendar(shippedChinaHolidayData, { uncoveredYears: 'weekdays' });

/** The working day `days` working days from today: a deadline as far off in work whatever holiday comes. */
export function inWorkingDays(days: number): string {
  return addWorkingDays(clock.today(), days, testCalendar);
}

/**
 * Reads until the answer is what the test waits for: the read model catches up with a workflow
 * (a sign-off settled, a child started) a moment after the step that caused it. Fails with the
 * last answer if it never comes.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
): Promise<T> {
  const giveUpAt = Date.now() + 60_000;
  for (let wait = 50; ; wait = Math.min(wait * 2, 500)) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > giveUpAt) throw new Error(`${what} did not happen; last seen: ${JSON.stringify(value)}`);
    await sleep(wait);
  }
}

/** Opens a 巡察 batch over the test bureau as its inspection office. */
export async function openBatch(
  t: RectificationTestApp,
  over: Record<string, unknown> = {},
  who: PersonKey = 'inspectionWu',
): Promise<BatchView> {
  const response = await t.as(who).post('/batches', {
    source: 'inspection_patrol',
    title: '2026年第一轮巡察反馈问题',
    feedbackDate: inDays(-10),
    inspectedOrgId: directory.org('bureau').id,
    ...over,
  });
  if (response.status !== 201)
    throw new Error(`open batch: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Registers an item of 甲林场党支部 in the batch and returns its id. */
export async function registerItem(
  t: RectificationTestApp,
  batchId: string,
  over: Record<string, unknown> = {},
  who: PersonKey = 'inspectionWu',
): Promise<string> {
  const response = await t.as(who).post(`/batches/${batchId}/items`, {
    text: { problem: '“三会一课”记录不全', category: 'organisational', seriousness: 'general' },
    orgId: directory.org('farmA').id,
    ...over,
  });
  if (response.status !== 201)
    throw new Error(`register: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/** Takes a step on an item and expects it to be taken. */
export async function step(
  t: RectificationTestApp,
  who: PersonKey,
  itemId: string,
  type: string,
  over: Record<string, unknown> = {},
): Promise<ItemView> {
  const response = await t.as(who).post(`/items/${itemId}/actions`, action(type, over));
  if (response.status !== 200)
    throw new Error(`${type}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export function item(
  t: RectificationTestApp,
  id: string,
  who: PersonKey = 'inspectionWu',
): Promise<ItemView> {
  return t
    .as(who)
    .get(`/items/${id}`)
    .then((r) => r.body as ItemView);
}

/** A signature image as a signer uploads it to the approvals service. */
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

/**
 * Decides an approval request on the engine the way its signers would: each open task, as its
 * assignee, through the approvals service's HTTP API, stage after stage until the request ends.
 * `reject` rejects at the first task instead; `signed` adds the signer's signature image (for a
 * stage that requires one, like the leader's signature of a batch report).
 */
export async function decide(
  t: RectificationTestApp,
  requestId: string,
  decision: 'approve' | 'reject' = 'approve',
  signed = false,
) {
  for (;;) {
    const tasks = await eventually(
      () =>
        t.db.query(
          `SELECT r.status, t.actor_person_id FROM approvals.request r
             LEFT JOIN approvals.task t ON t.request_id = r.id AND t.status = 'open' AND t.kind = 'sign'
            WHERE r.id = $1`,
          [requestId],
        ) as Promise<{ status: string; actor_person_id: string | null }[]>,
      (rows) => rows.length > 0 && (rows[0]!.status !== 'running' || rows.some((r) => r.actor_person_id)),
      `approval request ${requestId} waiting for a signer`,
    );
    if (tasks[0]!.status !== 'running') return tasks[0]!.status;
    const signer = directory.keyOf(tasks.find((r) => r.actor_person_id)!.actor_person_id!);
    if (!signer) throw new Error(`request ${requestId} waits for someone outside the directory`);
    const signature = signed
      ? (await t.approvals.as(signer).upload('签名.png', 'image/png', png)).body
      : null;
    const decided = await t.approvals.as(signer).post(
      `/requests/${requestId}/actions`,
      action(decision, {
        opinion: decision === 'approve' ? '同意。' : '材料不足，退回重新整改。',
        ...(signature ? { signature: { attachmentId: signature.id, sha256: signature.sha256 } } : {}),
      }),
    );
    if (decided.status !== 200)
      throw new Error(`${decision} as ${signer}: ${decided.status} ${JSON.stringify(decided.body)}`);
  }
}

/** Waits until the item's read model shows what the test expects. */
export function itemWhen(
  t: RectificationTestApp,
  id: string,
  done: (view: ItemView) => boolean,
  what: string,
): Promise<ItemView> {
  return eventually(() => item(t, id), done, what);
}
