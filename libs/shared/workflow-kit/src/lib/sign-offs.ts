import { allHandlersFinished, condition, type Workflow } from '@temporalio/workflow';
import { historyTooLong } from './history-length';
import { type SignOffEngine, type SignOffStart, startSignOff } from './sign-off';
import { continueAsNewKeepingClock } from './workflow-clock';

/** What a settled sign-off carries at the least: the engine's outcome and its trail of decisions. */
interface Settling {
  outcome: unknown;
  trail: readonly unknown[];
}

/**
 * The sign-offs a procedure's run waits for (started with `startSignOff`), their settled results
 * waiting to be applied, and when the run may carry on as a new one: when its history is long and
 * no sign-off is running, whose result belongs to this run.
 */
export class SignOffs<Settled extends Settling> {
  /** Results not applied yet: the procedure takes them all under its lock. */
  readonly settled: Settled[] = [];
  private running = 0;

  /** `continueAfterEvents` of the procedure's input. */
  constructor(private readonly continueAfterEvents: number) {}

  /**
   * Starts a sign-off on the engine (`startSignOff`) and keeps its outcome and trail for the run
   * under `key` (its kind, its request). One that could not run (its route found nobody, it was
   * terminated) settles as `failedOutcome` with no trail: what that means is the procedure's to say.
   */
  start<Subject extends { title: string }, Route>(
    engine: SignOffEngine,
    start: SignOffStart<Subject, Route>,
    key: Omit<Settled, keyof Settling>,
    failedOutcome: Settled['outcome'],
  ): void {
    this.track(
      startSignOff<Settling, Subject, Route>(engine, start),
      (result) => ({ ...key, outcome: result.outcome, trail: result.trail }) as Settled,
      () => ({ ...key, outcome: failedOutcome, trail: [] }) as unknown as Settled,
    );
  }

  /** Keeps a started sign-off's result (or what its failure means to the procedure) for the run. */
  private track<Result>(
    started: Promise<Result>,
    settled: (result: Result) => Settled,
    failed: () => Settled,
  ): void {
    this.running += 1;
    void started
      .then(
        (result) => this.settled.push(settled(result)),
        () => this.settled.push(failed()),
      )
      .finally(() => (this.running -= 1));
  }

  /** Whether the run should carry on as a new one: its history is long and no sign-off runs. */
  dueToContinue(): boolean {
    return historyTooLong(this.continueAfterEvents) && this.running === 0;
  }

  /** Whether the run's loop has something to do: a settled sign-off, or time to continue. */
  wake(): boolean {
    return this.settled.length > 0 || this.dueToContinue();
  }

  /**
   * Carries on as a new run, when it is due, once every handler has finished; `args` are taken
   * then, so that they carry what those handlers did.
   */
  async continueIfDue<F extends Workflow>(args: () => Parameters<F>): Promise<void> {
    if (!this.dueToContinue()) return;
    await condition(allHandlersFinished);
    await continueAsNewKeepingClock<F>(...args());
  }
}
