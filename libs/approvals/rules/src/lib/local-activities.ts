import type { YearData } from '@bastion/calendar';
import type { PersistBatch } from './persist-batch';

/**
 * Local activities the approvals worker offers its own workflows: quick, in-process, recorded in
 * history so replay does not repeat them.
 */
export interface ApprovalLocalActivities {
  /**
   * The working-day calendar (holidays and make-up workdays, year by year) the service holds. A
   * request takes it once, when it starts, and computes every deadline on that copy: its history
   * then replays the same deadlines even after the calendar is corrected or extended.
   */
  holidayCalendar(): Promise<YearData[]>;
  /** Ledger rows, notifications and the read model, in one transaction; idempotent. */
  persistApproval(batch: PersistBatch): Promise<void>;
  /**
   * Closes a request whose parent procedure ended while it ran (an administrator terminated it):
   * `terminated`, with who and why as that termination recorded them, in its row and its ledger.
   */
  closeWithParent(input: { requestId: string; parentWorkflowId: string | null }): Promise<void>;
}
