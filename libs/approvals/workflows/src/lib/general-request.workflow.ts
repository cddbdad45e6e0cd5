import { executeChild } from '@temporalio/workflow';
import {
  APPROVAL_WORKFLOW,
  approvalWorkflowId,
  APPROVALS_TASK_QUEUE,
  type ApprovalInput,
  type ApprovalResult,
} from '@bastion/approvals-contracts';

/** The workflow id of a general request (通用请示). */
export function generalRequestWorkflowId(requestId: string): string {
  return `general-request/${requestId}`;
}

/**
 * A free-form request along a route template: the smallest parent of an approval, and the way
 * the engine is used on its own. Its one step is the approval, started as a child whose id
 * derives from this workflow's id, so a retried start finds the same request.
 */
export async function generalRequest(input: ApprovalInput): Promise<ApprovalResult> {
  return executeChild(APPROVAL_WORKFLOW, {
    workflowId: approvalWorkflowId(generalRequestWorkflowId(input.requestId), 'approval'),
    taskQueue: APPROVALS_TASK_QUEUE,
    args: [input],
  });
}
