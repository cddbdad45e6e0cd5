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

/**
 * The identity service's activities as a procedure's workflow calls them: on its queue, retried
 * until the service answers, backing off up to `maximumInterval`; an id it does not know is final.
 */
export function identityActivities(maximumInterval: '1 minute' | '10 minutes') {
  return proxyActivities<IdentityActivities>({
    taskQueue: IDENTITY_TASK_QUEUE,
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval, nonRetryableErrorTypes: ['NOT_FOUND'] },
  });
}
