import { startChild } from '@temporalio/workflow';
import { workflowClock } from '@bastion/workflow-kit';
import {
  APPROVAL_WORKFLOW,
  APPROVALS_TASK_QUEUE,
  type ApprovalInput,
  type ApprovalResult,
  type PersonRef,
  type Route,
} from '@bastion/approvals-contracts';
import type { OrgRef } from '@bastion/rectification-contracts';

export interface SignOffRequest {
  requestId: string;
  workflowId: string;
  /** The item's or batch's id in this service. */
  businessKey: string;
  title: string;
  org: OrgRef;
  submitter: PersonRef;
  route: Route;
}

/**
 * Runs a sign-off on the approvals engine as a child workflow and gives its result. The
 * child's id comes from the parent's id and step, so a retried start reaches the same request.
 */
export async function startSignOff(request: SignOffRequest): Promise<ApprovalResult> {
  const input: ApprovalInput = {
    requestId: request.requestId,
    subject: {
      procedure: 'rectification',
      businessKey: request.businessKey,
      title: request.title.slice(0, 200),
      org: request.org,
      submitter: request.submitter,
    },
    route: request.route,
    template: null,
    continueAfterEvents: 4_000,
  };
  const child = await startChild(APPROVAL_WORKFLOW, {
    workflowId: request.workflowId,
    taskQueue: APPROVALS_TASK_QUEUE,
    args: [input],
    // The sign-off keeps the clock of the procedure that started it.
    memo: workflowClock.memo(),
  });
  return (await child.result()) as ApprovalResult;
}
