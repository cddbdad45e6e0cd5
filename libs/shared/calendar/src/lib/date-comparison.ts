import { LocalDate } from './local-date';

// A LocalDate is fixed-width YYYY-MM-DD, so string order is chronological order.

/** Negative when `a` is earlier, positive when later, 0 when the same day; usable with `Array.sort`. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isSameDate(a: LocalDate, b: LocalDate): boolean {
  return a === b;
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return a < b;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return a > b;
}

export function isSameOrBefore(a: LocalDate, b: LocalDate): boolean {
  return a <= b;
}

export function isSameOrAfter(a: LocalDate, b: LocalDate): boolean {
  return a >= b;
}

export function earliestDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((min, date) => (date < min ? date : min), first);
}

export function latestDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((max, date) => (date > max ? date : max), first);
}
