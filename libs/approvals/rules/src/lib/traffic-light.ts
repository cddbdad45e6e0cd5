import type { TrafficLight } from '@bastion/approvals-contracts';

type Instant = string | Date | null | undefined;

const ms = (t: Instant) => (t === null || t === undefined ? undefined : new Date(t).getTime());

/**
 * The light on an open task: red once its due time has passed, amber once its reminder time has
 * (inside the reminder window), green before that; a task that is not open, or has no time
 * limit, has none.
 */
export function trafficLight(
  task: { status: string; dueAt?: Instant; remindAt?: Instant },
  now: Date,
): TrafficLight {
  const due = ms(task.dueAt);
  if (task.status !== 'open' || due === undefined) return 'none';
  const at = now.getTime();
  if (at >= due) return 'red';
  const remind = ms(task.remindAt);
  return remind !== undefined && at >= remind ? 'amber' : 'green';
}
