import { ParentClosePolicy, patched, startChild } from '@temporalio/workflow';
import { workflowClock } from './workflow-clock';

/** Where the sign-off engine runs: its workflow type and task queue (`SIGN_OFF_ENGINE` in the approvals contracts). */
export interface SignOffEngine {
  readonly workflowType: string;
  readonly taskQueue: string;
}

export interface SignOffStart<Subject extends { title: string }, Route> {
  requestId: string;
  /** Derived from the parent's id and its step, so that a retried start reaches the same request. */
  workflowId: string;
  /** What the request is about, as the approvals contracts' `Subject` describes it. */
  subject: Subject;
  route: Route;
}

/**
 * From this change on, a sign-off is asked to cancel when the procedure that started it ends (an
 * administrator terminated it), so that it closes its own request in the approvals read model
 * instead of being cut off mid-run.
 */
export const SIGN_OFF_CANCELLED_WITH_PARENT_PATCH = 'sign-off-cancelled-with-parent';

/**
 * Runs a sign-off on the approvals engine as a child workflow and gives its result: one request,
 * on the approvals queue, keeping the clock of the procedure that started it. Every procedure
 * starts its sign-offs through here, with the same input defaults and the same child options.
 */
export async function startSignOff<Result, Subject extends { title: string }, Route>(
  engine: SignOffEngine,
  start: SignOffStart<Subject, Route>,
): Promise<Result> {
  const input = {
    requestId: start.requestId,
    subject: { ...start.subject, title: start.subject.title.slice(0, 200) },
    route: start.route,
    template: null,
    continueAfterEvents: 4_000,
  };
  const child = await startChild(engine.workflowType, {
    workflowId: start.workflowId,
    taskQueue: engine.taskQueue,
    args: [input],
    // The sign-off keeps the clock of the procedure that started it.
    memo: workflowClock.memo(),
    ...(patched(SIGN_OFF_CANCELLED_WITH_PARENT_PATCH)
      ? { parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL }
      : {}),
  });
  return (await child.result()) as Result;
}
