import { type Client, isGrpcServiceError } from '@temporalio/client';
import { defaultPayloadConverter, WorkflowNotFoundError } from '@temporalio/common';

/** The administrator who terminates a workflow, as the records of every service name them. */
export interface Terminator {
  userId: string;
  username: string;
  displayName: string;
  personId: string | null;
}

/** An administrator's termination as Temporal keeps it: readable text, and who and why as its details. */
export interface Termination {
  by: Terminator;
  reason: string;
}

/** gRPC's NOT_FOUND: no such workflow, or it has already closed. */
const GRPC_NOT_FOUND = 5;

/**
 * Terminates a workflow for an administrator, recording who and why on the termination itself
 * (readable in Temporal's UI, and as details `terminationOf` reads back: the sign-off a procedure
 * was waiting for closes its request with them). `terminated` also when an earlier attempt of
 * the same termination got that far (so a retried call completes the read model); `ended` when
 * the workflow finished on its own first, which its read model will show.
 */
export async function terminateWorkflow(
  client: Client,
  workflowId: string,
  termination: Termination,
): Promise<'terminated' | 'ended'> {
  const { userId, username, displayName, personId } = termination.by;
  const recorded: Termination = {
    by: { userId, username, displayName, personId },
    reason: termination.reason,
  };
  try {
    await client.workflowService.terminateWorkflowExecution({
      namespace: client.options.namespace,
      identity: client.options.identity,
      workflowExecution: { workflowId },
      reason: `Terminated by ${termination.by.username}: ${termination.reason}`,
      details: { payloads: [defaultPayloadConverter.toPayload(recorded)] },
    });
    return 'terminated';
  } catch (error) {
    if (!(isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND)) throw error;
    const handle = client.workflow.getHandle(workflowId);
    try {
      const { status } = await handle.describe();
      return status.name === 'TERMINATED' ? 'terminated' : 'ended';
    } catch (described) {
      // No such workflow at all (its history is gone): nothing runs that could still change the record.
      if (described instanceof WorkflowNotFoundError) return 'terminated';
      throw described;
    }
  }
}

/**
 * Who terminated a workflow and why, as `terminateWorkflow` recorded it; `null` while it runs or
 * when it ended otherwise. A termination made elsewhere (Temporal's UI or CLI) has no details:
 * its reason text stands, by whoever Temporal names.
 */
export async function terminationOf(client: Client, workflowId: string): Promise<Termination | null> {
  const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
  const closed = events?.at(-1)?.workflowExecutionTerminatedEventAttributes;
  if (!closed) return null;
  const [payload] = closed.details?.payloads ?? [];
  const recorded = payload ? defaultPayloadConverter.fromPayload<Termination>(payload) : null;
  return (
    recorded ?? {
      by: { userId: '', username: closed.identity ?? '', displayName: closed.identity ?? '', personId: null },
      reason: closed.reason ?? '',
    }
  );
}
