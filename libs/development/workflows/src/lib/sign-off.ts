import { startChild } from '@temporalio/workflow';
import {
  APPROVAL_WORKFLOW,
  APPROVALS_TASK_QUEUE,
  type ApprovalInput,
  type ApprovalResult,
  type PersonRef,
  type Route,
} from '@bastion/approvals-contracts';
import type { RecordedOrg } from '@bastion/shared-contracts';

export interface SignOffRequest {
  requestId: string;
  workflowId: string;
  caseId: string;
  title: string;
  org: RecordedOrg;
  submitter: PersonRef;
  route: Route;
}

/**
 * Runs a supervisor's sign-off on the approvals engine as a child workflow, so it sits in the
 * committee's inbox beside every other task. The child's id comes from the case and its step.
 */
export async function startSignOff(request: SignOffRequest): Promise<ApprovalResult> {
  const input: ApprovalInput = {
    requestId: request.requestId,
    subject: {
      procedure: 'development',
      businessKey: request.caseId,
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
  });
  return (await child.result()) as ApprovalResult;
}
