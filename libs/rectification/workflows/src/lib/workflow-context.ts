import {
  ApplicationFailure,
  proxyActivities,
  proxyLocalActivities,
  workflowInfo,
} from '@temporalio/workflow';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';
import type { RectificationErrorCode, RectificationLocalActivities } from '@bastion/rectification-contracts';
import { workflowClock } from '@bastion/workflow-kit';

/** What the item and batch workflows share: their activities, their clock, their refusals. */

export const local = proxyLocalActivities<RectificationLocalActivities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
});

export const identity = proxyActivities<
  Pick<IdentityActivities, 'snapshotOrg' | 'resolveRoleHolders' | 'holidayCalendar'>
>({
  taskQueue: IDENTITY_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '10 minutes',
    nonRetryableErrorTypes: ['NOT_FOUND'],
  },
});

/** The workflow's clock: an instant (UTC ISO) and the business date in Asia/Shanghai. */
export const now = () => workflowClock.now();
export const today = () => workflowClock.today();

/** A refusal as the caller gets it: an update failure typed by its code, nothing in history. */
export function refusalFailure(refusal: {
  code: RectificationErrorCode;
  message: string;
}): ApplicationFailure {
  return ApplicationFailure.create({ type: refusal.code, message: refusal.message, nonRetryable: true });
}

/** Histories stay small: well before the server's limits a workflow carries on in a new run. */
export function historyTooLong(limit: number): boolean {
  return workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > limit;
}
