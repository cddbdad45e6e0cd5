import { daysBetween } from './date-arithmetic';
import { type LocalDate } from './local-date';
import { shanghaiDateOf } from './shanghai-time';

/**
 * The one clock business dates are read from outside workflow code. It runs on the system clock,
 * shifted by whole days when a test — or a dated test run, or a demo — sets today: every "today"
 * and "now" of the process moves together, so a suite can be run as if it were the eve of a long
 * holiday. Security clocks (token expiry, lockouts) stay on the system clock.
 *
 * Workflow code never reads this module's state: a workflow's clock is its own time plus the shift
 * it was started with, carried in its memo under {@link CLOCK_MEMO_KEY}.
 */

const MS_PER_DAY = 86_400_000;
let shiftMs = 0;

/** The memo field a workflow started under a shifted clock carries, in milliseconds. */
export const CLOCK_MEMO_KEY = 'clockShiftMs';

export const clock = {
  /** The current instant, shifted. */
  now(): Date {
    // The one place outside workflows that reads the system clock; workflows use workflowClock.
    // eslint-disable-next-line no-restricted-syntax
    return new Date(Date.now() + shiftMs);
  },
  /** Today's business date in Asia/Shanghai. */
  today(): LocalDate {
    return shanghaiDateOf(clock.now());
  },
  /** How far the clock runs ahead of (positive) or behind the system clock. */
  shiftMs(): number {
    return shiftMs;
  },
  /** Moves the clock by whole days so that today is `date`; the time of day stays the system's. */
  setToday(date: LocalDate): void {
    // eslint-disable-next-line no-restricted-syntax -- the shift is measured from the system clock
    shiftMs = daysBetween(shanghaiDateOf(new Date()), date) * MS_PER_DAY;
  },
  /** Back to the system clock. */
  reset(): void {
    shiftMs = 0;
  },
  /** What a workflow started now must carry so that its clock agrees with this one. */
  memo(): Record<string, number> | undefined {
    return shiftMs === 0 ? undefined : { [CLOCK_MEMO_KEY]: shiftMs };
  },
};

/** The shift a workflow's memo carries; none means the system clock. */
export function clockShiftOf(memo: Record<string, unknown> | undefined): number {
  const shift = memo?.[CLOCK_MEMO_KEY];
  return typeof shift === 'number' && Number.isFinite(shift) ? shift : 0;
}
