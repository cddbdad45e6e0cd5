import { daysInMonth } from './gregorian';
import { requireInteger } from './integer-argument';
import { LocalDate, fromEpochDay, localDateFromParts, localDateParts, toEpochDay } from './local-date';

/** Calendar days; `n` may be negative. */
export function addDays(date: LocalDate, n: number): LocalDate {
  requireInteger(n, 'Number of days');
  return fromEpochDay(toEpochDay(date) + n);
}

/**
 * Shifts by `n` calendar months keeping the day of the month, clamped to the target month's last
 * day: 31 Jan + 1 month = 28 Feb (29 in a leap year). This is how the rules' "N months" is read,
 * so a month deadline never spills into the month after. `n` may be negative. Clamping makes the
 * shift lossy: 31 Jan + 1 − 1 = 28 Jan.
 */
export function addMonths(date: LocalDate, n: number): LocalDate {
  requireInteger(n, 'Number of months');
  const { year, month, day } = localDateParts(date);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new RangeError(`Date arithmetic left the supported range 0001-01-01 to 9999-12-31.`);
  }
  return localDateFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `n` × 12 months, so 29 Feb + 1 year = 28 Feb. */
export function addYears(date: LocalDate, n: number): LocalDate {
  requireInteger(n, 'Number of years');
  return addMonths(date, n * 12);
}

/** `to − from` in days: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}
