import { chinaHolidayCalendar } from './china-holiday-calendar';
import { addDays } from './date-arithmetic';
import { HolidayCalendar } from './holiday-calendar';
import { requireInteger } from './integer-argument';
import { LocalDate } from './local-date';

export function isWorkingDay(date: LocalDate, calendar: HolidayCalendar = chinaHolidayCalendar): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * The `n`-th working day after `date` (`n` > 0) or before it (`n` < 0). `date` itself is never
 * counted, whether or not it is a working day, so starting on a holiday counts from the first
 * working day after it. `n` = 0 returns `date` unchanged.
 */
export function addWorkingDays(
  date: LocalDate,
  n: number,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): LocalDate {
  requireInteger(n, 'Number of working days');
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (calendar.isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: LocalDate, calendar: HolidayCalendar = chinaHolidayCalendar): LocalDate {
  return addWorkingDays(date, 1, calendar);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(
  date: LocalDate,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): LocalDate {
  return addWorkingDays(date, -1, calendar);
}

/**
 * Working days after `from` up to and including `to`, negative when `to` is earlier; the same
 * half-open count as `daysBetween`, so `workingDaysBetween(d, addWorkingDays(d, n)) === n` for n ≥ 0.
 */
export function workingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): number {
  // `0 -` rather than unary minus: an empty backwards span is 0, not -0.
  if (to < from) return 0 - workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = from; day < to;) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}
