import { makeContinueAsNewFunc, type Workflow, workflowInfo } from '@temporalio/workflow';
import { clockShiftOf, type LocalDate, shanghaiDateOf } from '@bastion/calendar';

/**
 * A workflow's clock: its own (replay-safe) time, shifted by what its memo carries when it was
 * started under a shifted service clock. Without such a memo — always, in production — it is
 * the workflow's time itself.
 */
export const workflowClock = {
  nowMs(): number {
    return Date.now() + clockShiftOf(workflowInfo().memo);
  },
  /** The current instant as UTC ISO text. */
  now(): string {
    return new Date(workflowClock.nowMs()).toISOString();
  },
  /** The business date in Asia/Shanghai. */
  today(): LocalDate {
    return shanghaiDateOf(new Date(workflowClock.nowMs()));
  },
  /** Milliseconds of workflow time until `instantMs` on this clock (at least 1, for a timer). */
  msUntil(instantMs: number): number {
    return Math.max(1, instantMs - workflowClock.nowMs());
  },
  /** The memo a child or the next run takes, so that it keeps this clock. */
  memo(): Record<string, unknown> | undefined {
    return workflowInfo().memo;
  },
};

/** Continue-as-new that keeps the memo, and with it the clock, for the next run. */
export function continueAsNewKeepingClock<F extends Workflow>(...args: Parameters<F>): Promise<never> {
  return makeContinueAsNewFunc<F>({ memo: workflowInfo().memo })(...args);
}

/** The workflow clock's instant (UTC ISO), for a record's `at`. */
export const now = (): string => workflowClock.now();

/** The workflow clock's business date in Asia/Shanghai, what a procedure's rules count from. */
export const today = (): LocalDate => workflowClock.today();
