import { clock, type LocalDate } from '@bastion/calendar';

/** Today's business date in Asia/Shanghai, on the one clock: what lights, countdowns and deadlines are measured against. */
export function today(): LocalDate {
  return clock.today();
}
