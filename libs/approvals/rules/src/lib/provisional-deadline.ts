import { shanghaiDateOf } from '@bastion/calendar';

const yearOf = (instant: string) => Number(shanghaiDateOf(new Date(instant)).slice(0, 4));

/**
 * Whether a task's time limit was counted through a year the request's copy of the holiday
 * calendar had no data for: weekdays stood in for the State Council's arrangement there, so the
 * deadline is provisional. A request whose copy is empty predates the copy and is judged exact.
 */
export function countedOnWeekdays(
  openedAt: string | undefined,
  dueAt: string | undefined,
  calendarYears: readonly number[],
): boolean {
  if (!openedAt || !dueAt || calendarYears.length === 0) return false;
  for (let year = yearOf(openedAt); year <= yearOf(dueAt); year += 1) {
    if (!calendarYears.includes(year)) return true;
  }
  return false;
}
