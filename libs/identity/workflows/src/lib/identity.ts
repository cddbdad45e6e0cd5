import { proxyActivities } from '@temporalio/workflow';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';

/**
 * The identity service's activities as these lookups call them: on its queue, retried a few
 * times and then given up, since a service waits for the answer; an id it does not know is final.
 */
export const identity = proxyActivities<
  Pick<
    IdentityActivities,
    'holidayCalendar' | 'orgSubtree' | 'snapshotPerson' | 'snapshotOrg' | 'countExpectedVoters'
  >
>({
  taskQueue: IDENTITY_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumAttempts: 5, nonRetryableErrorTypes: ['NOT_FOUND'] },
});
