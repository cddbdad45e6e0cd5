import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { DevelopmentLocalActivities } from '@bastion/development-contracts';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';

/** What the development workflows share: their activities (clock, refusals and sign-offs: `@bastion/workflow-kit`). */

export const local = proxyLocalActivities<DevelopmentLocalActivities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
});

export const identity = proxyActivities<Pick<IdentityActivities, 'recordDevelopment' | 'holidayCalendar'>>({
  taskQueue: IDENTITY_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '10 minutes',
    nonRetryableErrorTypes: ['NOT_FOUND'],
  },
});
