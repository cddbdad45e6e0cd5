import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';
import type { RectificationLocalActivities } from '@bastion/rectification-contracts';

/** What the item and batch workflows share: their activities (clock, refusals and sign-offs: `@bastion/workflow-kit`). */

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
