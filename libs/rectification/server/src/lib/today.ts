import { shanghaiDateOf } from '@bastion/calendar';

/** Today's business date in Asia/Shanghai: what lights, countdowns and deadlines are measured against. */
export function today(now = new Date()): string {
  return shanghaiDateOf(now);
}
