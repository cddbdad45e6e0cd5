import { clock, type LocalDate } from '@bastion/calendar';

/** Today's business date in Asia/Shanghai, on the one clock: what clocks, countdowns and ages are measured against. */
export function today(): LocalDate {
  return clock.today();
}
