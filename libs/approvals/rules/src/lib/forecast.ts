import type { Stage } from '@bastion/approvals-contracts';
import type { ApprovalState } from './state';

type Deadlines = (openedAt: string, stage: Pick<Stage, 'timeLimit' | 'remindBefore'>) => { dueAt?: string };

/**
 * Predicted due times of the stages still to come, by stage index (null where there is nothing to
 * predict). The prediction assumes each stage uses its whole time limit: the next stage opens when
 * the current one is due (or now, if it has no limit), and each later one when the one before is
 * due, counted on the working-day calendar. A stage without a limit has no due time and is
 * assumed to pass at once. A request that has ended, or waits for its submitter, has no forecast.
 */
export function forecastDueTimes(state: ApprovalState, now: Date, deadlines: Deadlines): (string | null)[] {
  const result: (string | null)[] = state.stages.map(() => null);
  if (state.status !== 'running') return result;
  const current = state.stages[state.current];
  const dues = (current?.slots ?? [])
    .flatMap((slot) => [...slot.holders, ...(slot.group?.members ?? [])])
    .filter((t) => (t.status === 'open' || t.status === 'waiting') && t.dueAt)
    .map((t) => t.dueAt!)
    .sort();
  let base = dues[dues.length - 1] ?? now.toISOString();
  for (const run of state.stages) {
    if (run.index <= state.current || run.status !== 'pending') continue;
    const stage = state.input.route.stages[run.index]!;
    if (!stage.timeLimit) continue;
    const { dueAt } = deadlines(base, stage);
    if (!dueAt) continue;
    result[run.index] = dueAt;
    base = dueAt;
  }
  return result;
}
