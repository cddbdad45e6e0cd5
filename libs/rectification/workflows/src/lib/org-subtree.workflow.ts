import { proxyActivities } from '@temporalio/workflow';
import {
  IDENTITY_TASK_QUEUE,
  type IdentityActivities,
  type OrgSubtreeNode,
} from '@bastion/identity-contracts';

const identity = proxyActivities<Pick<IdentityActivities, 'orgSubtree'>>({
  taskQueue: IDENTITY_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumAttempts: 5, nonRetryableErrorTypes: ['NOT_FOUND'] },
});

/**
 * Asks the identity service for an organisation's subtree. The rectification service runs it to
 * check that a record belongs under an inspected organisation and to match the names in an
 * imported spreadsheet: services talk through Temporal, not through each other's databases.
 */
export async function orgSubtree(input: { orgId: string }): Promise<OrgSubtreeNode[]> {
  return identity.orgSubtree(input);
}
