import type { PersonRef } from '@bastion/approvals-contracts';
import type { ApprovalState, PersistBatch, Task, UnauthorisedDecider } from '@bastion/approvals-rules';
import type { YearData } from '@bastion/calendar';

/**
 * What the process needs from outside: the time, lookups of people, deadlines on the working
 * calendar, and somewhere to write. The workflow backs these with Temporal activities; tests
 * back them with plain functions.
 */
export interface ProcessPorts {
  now(): string;
  /** The people a stage's rule finds when it opens (never empty: nobody-rules are applied), and whom it copies in. */
  resolveStage(
    state: ApprovalState,
    stageIndex: number,
  ): Promise<{ assignees: PersonRef[]; cc: PersonRef[]; unauthorised?: UnauthorisedDecider }>;
  /** Who each stage's rule finds now, for the forecast of the stages to come. */
  forecast(state: ApprovalState): Promise<PersonRef[][]>;
  /** Who takes an overdue task one level up; empty when nobody can. */
  escalationTargets(state: ApprovalState, task: Task): Promise<PersonRef[]>;
  /** The holiday calendar a new request computes its deadlines on. */
  holidayCalendar(): Promise<YearData[]>;
  persist(batch: PersistBatch): Promise<void>;
  /**
   * Whether a change of behaviour applies from here on (the workflow's `patched()`): a request
   * that ran before the change replays as it ran. Tests answer true, or false for the old way.
   */
  patched(id: string): boolean;
}
