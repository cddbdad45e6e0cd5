import { shanghaiDateOf } from '@bastion/calendar';

/** Today's business date in Asia/Shanghai: what clocks, countdowns and ages are measured against. */
export function today(now = new Date()): string {
  return shanghaiDateOf(now);
}
