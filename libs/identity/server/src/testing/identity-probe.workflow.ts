import { proxyActivities } from '@temporalio/workflow';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';

// The way another service's workflow reaches identity: activities on the identity task queue.
const identity = proxyActivities<IdentityActivities>({
  taskQueue: IDENTITY_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 3 },
});

/** Asks the identity service one thing and returns the answer. */
export async function identityProbe(name: keyof IdentityActivities, input: unknown): Promise<unknown> {
  const activity = identity[name] as unknown as (input: unknown) => Promise<unknown>;
  return activity(input);
}
