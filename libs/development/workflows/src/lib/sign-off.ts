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
import type { RecordedOrg } from '@bastion/shared-contracts';

export interface SignOffRequest {
  requestId: string;
  workflowId: string;
  caseId: string;
  title: string;
  org: RecordedOrg;
  submitter: PersonRef;
  route: Route;
  /** The committee's decision the sign-off takes, so that only an organisation with the authority signs it. */
  decides?: 'admission' | 'conversion';
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
      ...(request.decides ? { decides: request.decides } : {}),
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
