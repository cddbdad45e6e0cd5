import { executeChild } from '@temporalio/workflow';
import { workflowClock } from '@bastion/workflow-kit';
import {
  APPROVAL_WORKFLOW,
  approvalWorkflowId,
  APPROVALS_TASK_QUEUE,
  type ApprovalInput,
  type ApprovalResult,
  type GeneralRequestInput,
  generalRequestWorkflowId,
} from '@bastion/approvals-contracts';
import { identityActivities } from '@bastion/identity-workflows';

const identity = identityActivities('1 minute');

/**
 * A free-form request along a route template: the smallest parent of an approval, and the way
 * the engine is used on its own. It copies the organisation's name and path from the identity
 * service, then its one step is the approval, started as a child whose id derives from this
 * workflow's id, so a retried start finds the same request.
 */
export async function generalRequest(input: GeneralRequestInput): Promise<ApprovalResult> {
  const org = await identity.snapshotOrg({ orgId: input.subject.org.id });
  const approval: ApprovalInput = {
    ...input,
    subject: { ...input.subject, org: { id: org.id, name: org.name, idPath: org.idPath } },
  };
  return executeChild(APPROVAL_WORKFLOW, {
    workflowId: approvalWorkflowId(generalRequestWorkflowId(input.requestId), 'approval'),
    taskQueue: APPROVALS_TASK_QUEUE,
    args: [approval],
    memo: workflowClock.memo(),
  });
}
