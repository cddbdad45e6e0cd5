import type { Stage } from '@bastion/approvals-contracts';
import type { PersistBatch } from './process/ports';

/**
 * Local activities the approvals worker offers its own workflows: quick, in-process, recorded in
 * history so replay does not repeat them.
 */
export interface ApprovalLocalActivities {
  /** Due and reminder times on the working-day calendar the service holds. */
  taskDeadlines(
    openedAt: string,
    stage: Pick<Stage, 'timeLimit' | 'remindBefore'>,
  ): Promise<{ dueAt?: string; remindAt?: string }>;
  /** Ledger rows, notifications and the read model, in one transaction; idempotent. */
  persistApproval(batch: PersistBatch): Promise<void>;
}
