import { allHandlersFinished, condition, type Workflow } from '@temporalio/workflow';
import { historyTooLong } from './history-length';
import { continueAsNewKeepingClock } from './workflow-clock';

/**
 * The sign-offs a procedure's run waits for (started with `startSignOff`), their settled results
 * waiting to be applied, and when the run may carry on as a new one: when its history is long and
 * no sign-off is running, whose result belongs to this run.
 */
export class SignOffs<Settled> {
  /** Results not applied yet: the procedure takes them all under its lock. */
  readonly settled: Settled[] = [];
  private running = 0;

  /** `continueAfterEvents` of the procedure's input. */
  constructor(private readonly continueAfterEvents: number) {}

  /** Keeps a started sign-off's result (or what its failure means to the procedure) for the run. */
  track<Result>(started: Promise<Result>, settled: (result: Result) => Settled, failed: () => Settled): void {
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
