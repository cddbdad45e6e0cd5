import {
  addDays,
  addWorkingDays,
  clock,
  createHolidayCalendar,
  shippedChinaHolidayData,
} from '@bastion/calendar';
import type { BatchView, ItemView } from '@bastion/rectification-contracts';
import {
  createdId,
  directory,
  keyedAction as action,
  type PersonKey,
  posted,
  recordReader,
} from '@bastion/platform-service-testing';
import type { RectificationTestApp } from './rectification-test-app';

export { eventually, keyedAction as action } from '@bastion/platform-service-testing';
export { decideSignOff as decide } from '@bastion/approvals-server/testing';

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

/** Opens a 巡察 batch over the test bureau as its inspection office. */
export async function openBatch(
  t: RectificationTestApp,
  over: Record<string, unknown> = {},
  who: PersonKey = 'inspectionWu',
): Promise<BatchView> {
  return posted(t.as(who), 201, '/batches', {
    source: 'inspection_patrol',
    title: '2026年第一轮巡察反馈问题',
    feedbackDate: inDays(-10),
    inspectedOrgId: directory.org('bureau').id,
    ...over,
  });
}

/** Registers an item of 甲林场党支部 in the batch and returns its id. */
export function registerItem(
  t: RectificationTestApp,
  batchId: string,
  over: Record<string, unknown> = {},
  who: PersonKey = 'inspectionWu',
): Promise<string> {
  return createdId(t.as(who), `/batches/${batchId}/items`, {
    text: { problem: '“三会一课”记录不全', category: 'organisational', seriousness: 'general' },
    orgId: directory.org('farmA').id,
    ...over,
  });
}

/** Takes a step on an item and expects it to be taken. */
export async function step(
  t: RectificationTestApp,
  who: PersonKey,
  itemId: string,
  type: string,
  over: Record<string, unknown> = {},
): Promise<ItemView> {
  return posted(t.as(who), 200, `/items/${itemId}/actions`, action(type, over));
}

const items = recordReader<ItemView>((id) => `/items/${id}`, 'inspectionWu');
/** An item as a person of the directory sees it: the inspection office unless another is named. */
export const item = items.read;
/** Waits until the item's read model shows what the test expects. */
export const itemWhen = items.when;
