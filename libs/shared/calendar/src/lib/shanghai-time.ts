import { addDays } from './date-arithmetic';
import { LocalDate, fromEpochDay, toEpochDay } from './local-date';

/**
 * Asia/Shanghai has been UTC+08:00 all year since 1991 (no daylight saving), so the offset is a
 * constant rather than a lookup in the host's time-zone database, which the Temporal workflow
 * sandbox does not guarantee and which would differ between machines.
 */
export const SHANGHAI_UTC_OFFSET_MINUTES = 8 * 60;

const MS_PER_DAY = 86_400_000;
const OFFSET_MS = SHANGHAI_UTC_OFFSET_MINUTES * 60_000;

/** Milliseconds since the epoch; a bad `Date` would otherwise turn every comparison false. */
export function requireValidInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Expected a valid Date instant, got ${String(instant)}.`);
  return ms;
}

/** The calendar date in Shanghai at `instant`, e.g. the "today" a workflow compares deadlines with. */
export function shanghaiDateOf(instant: Date): LocalDate {
  const ms = requireValidInstant(instant);
  return fromEpochDay(Math.floor((ms + OFFSET_MS) / MS_PER_DAY));
}

/** The instant `date` begins in Shanghai: 00:00 +08:00, i.e. 16:00 UTC the day before. */
export function startOfShanghaiDay(date: LocalDate): Date {
  return new Date(toEpochDay(date) * MS_PER_DAY - OFFSET_MS);
}

/**
 * The instant a deadline on `date` expires: the end of that Shanghai day, which is the start of the
 * next one (exclusive). A timer set for this instant fires once the due date is fully spent.
 */
export function deadlineInstant(date: LocalDate): Date {
  return startOfShanghaiDay(addDays(date, 1));
}
