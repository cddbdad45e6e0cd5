import { clock, daysBetween, parseLocalDate, shanghaiDateOf } from '@bastion/calendar';

/** Today as the rules count days: in Asia/Shanghai, whatever the browser's zone. */
export function shanghaiToday(now: Date = clock.now()): string {
  return shanghaiDateOf(now);
}

/** Days from `today` to `date`: negative once it has passed. */
export function daysUntil(date: string, today: string): number {
  return daysBetween(parseLocalDate(today), parseLocalDate(date));
}
