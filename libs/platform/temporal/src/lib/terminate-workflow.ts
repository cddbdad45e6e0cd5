import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';

/**
 * Terminates a workflow for an administrator. `terminated` also when an earlier attempt of the
 * same termination got that far (so a retried call completes the read model); `ended` when the
 * workflow finished on its own first, which its read model will show.
 */
export async function terminateWorkflow(
  client: Client,
  workflowId: string,
  reason: string,
): Promise<'terminated' | 'ended'> {
  const handle = client.workflow.getHandle(workflowId);
  try {
    await handle.terminate(reason);
    return 'terminated';
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
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
