/**
 * THE DEADLINE CONVENTION. The rules say "within 1 month", "at least 1 year after", "5 working
 * days" without saying whether the ends count. This file decides it once; every procedure uses
 * these functions rather than doing its own arithmetic.
 *
 * 1. A due date is the last day that is still on time. Acting on the due date itself is on time;
 *    the matter is overdue from the following day (`today > due`). In instants, the due date ends
 *    at `deadlineInstant(due)` = 00:00 Asia/Shanghai on the following day.
 * 2. The start day is day 0, never counted as a day used up:
 *    - within N days of S:         due = S + N days;
 *    - within N months of S:       due = addMonths(S, N), clamped to the month end
 *                                  (31 Jan + 1 month → 28/29 Feb);
 *    - within N working days of S: due = the N-th working day after S. S itself is not counted
 *                                  even when it is a working day; when S is a weekend or holiday
 *                                  the first working day after it is day 1.
 * 3. "At least N days / months / years after S" is satisfied from the date S + N (same shift as
 *    above) inclusive: `earliestAfterMonths(S, N)` is the first allowed date.
 * 4. Calendar-day, month and year deadlines are NOT moved off weekends or holidays: a month
 *    deadline landing on a Sunday or inside Spring Festival stays there. Only working-day
 *    deadlines consult the holiday calendar.
 * 5. Dates may lie in the past (records migrated from paper): a due date before today is simply
 *    overdue at once; nothing here refuses past dates.
 */
import { addDays, addMonths, addYears, daysBetween } from './date-arithmetic';
import { chinaHolidayCalendar } from './china-holiday-calendar';
import { HolidayCalendar } from './holiday-calendar';
import { requireNonNegativeInteger } from './integer-argument';
import { LocalDate } from './local-date';
import { deadlineInstant, requireValidInstant } from './shanghai-time';
import { addWorkingDays } from './working-days';

/**
 * A count of whole units after `start`, by the shift of convention 2: the count is checked first
 * (a negative or fractional count is a mistake upstream, never a date).
 */
function after(unit: string, shift: (start: LocalDate, n: number) => LocalDate) {
  return (start: LocalDate, n: number): LocalDate => {
    requireNonNegativeInteger(n, `Number of ${unit}`);
    return shift(start, n);
  };
}

/** Last on-time date for "within `n` calendar days of `start`". */
export const dueWithinDays = after('days', addDays);

/** Last on-time date for "within `n` months of `start`" (e.g. the talk within 1 month of the application). */
export const dueWithinMonths = after('months', addMonths);

/** Last on-time date for "within `n` years of `start`". */
export const dueWithinYears = after('years', addYears);

/** Last on-time date for "within `n` working days of `start`": the `n`-th working day after `start`. */
export function dueWithinWorkingDays(
  start: LocalDate,
  n: number,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): LocalDate {
  requireNonNegativeInteger(n, 'Number of working days');
  return addWorkingDays(start, n, calendar);
}

/** First date on which "at least `n` days after `start`" holds (convention 3: the same shift as a due date). */
export const earliestAfterDays = after('days', addDays);

/** First date on which "at least `n` months after `start`" holds. */
export const earliestAfterMonths = after('months', addMonths);

/** First date on which "at least `n` years after `start`" holds (e.g. candidate at least 1 year after becoming an activist). */
export const earliestAfterYears = after('years', addYears);

/** Whether a matter due on `due` is overdue on the Shanghai date `today`. */
export function isOverdue(due: LocalDate, today: LocalDate): boolean {
  return today > due;
}

/** Instant form of {@link isOverdue}: overdue from `deadlineInstant(due)` onwards. */
export function isOverdueAt(due: LocalDate, now: Date): boolean {
  return requireValidInstant(now) >= deadlineInstant(due).getTime();
}

/** Whether an act done on `doneOn` met the due date `due`. */
export function isOnTime(doneOn: LocalDate, due: LocalDate): boolean {
  return doneOn <= due;
}

/** Whether `on` is before the first allowed date `earliest` (a minimum wait not yet served). */
export function isTooEarly(on: LocalDate, earliest: LocalDate): boolean {
  return on < earliest;
}

/** Calendar days left until `due` as seen on `today`: 0 on the due date, negative once overdue. */
export function daysUntilDue(due: LocalDate, today: LocalDate): number {
  return daysBetween(today, due);
}
