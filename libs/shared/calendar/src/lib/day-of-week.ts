import { LocalDate, toEpochDay } from './local-date';

/** ISO 8601 numbering (Monday = 1 … Sunday = 7), not JavaScript's Sunday = 0. */
export const DayOfWeek = {
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
  Sunday: 7,
} as const;
export type DayOfWeek = (typeof DayOfWeek)[keyof typeof DayOfWeek];

export function dayOfWeek(date: LocalDate): DayOfWeek {
  // Day 0, 1970-01-01, was a Thursday.
  const sinceMonday = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (sinceMonday + 1) as DayOfWeek;
}

/** Saturday or Sunday, regardless of holidays and make-up working days. */
export function isWeekend(date: LocalDate): boolean {
  return dayOfWeek(date) >= DayOfWeek.Saturday;
}
