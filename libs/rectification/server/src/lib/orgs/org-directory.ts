import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Client, WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { OrgSubtreeNode } from '@bastion/identity-contracts';
import { ORG_SUBTREE_WORKFLOW, RECTIFICATION_TASK_QUEUE } from '@bastion/rectification-contracts';
import { ValidationError } from '@bastion/platform-http';
import { TEMPORAL_CLIENT } from '@bastion/platform-temporal';

/** Whether a failure (or one of its causes) is the identity service's NOT_FOUND. */
function notFound(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as Error & { cause?: unknown }).cause) {
    if (e instanceof ApplicationFailure && e.type === 'NOT_FOUND') return true;
  }
  return false;
}

/** An item's organisation must be the batch's inspected organisation or one below it. */
export function notUnderInspected(field = 'orgId'): ValidationError {
  return new ValidationError([{ field, problem: 'is not the inspected organisation or one below it' }]);
}

/**
 * Organisations as the identity service knows them, asked through Temporal (the `orgSubtree`
 * short workflow on this service's queue calls the identity activity): services do not read each
 * other's databases.
 */
@Injectable()
export class OrgDirectory {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  /** An organisation and every live node below it, parents first (node 0 is the organisation); null if there is no such organisation. */
  async subtree(orgId: string): Promise<OrgSubtreeNode[] | null> {
    try {
      return await this.temporal.workflow.execute(ORG_SUBTREE_WORKFLOW, {
        taskQueue: RECTIFICATION_TASK_QUEUE,
        workflowId: `org-subtree/${orgId}/${randomUUID()}`,
        args: [{ orgId }],
        workflowExecutionTimeout: '1 minute',
      });
    } catch (error) {
      if (error instanceof WorkflowFailedError && notFound(error)) return null;
      throw error;
    }
  }
}
