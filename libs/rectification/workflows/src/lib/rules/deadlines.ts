import {
  addDays,
  addWorkingDays,
  chinaHolidayCalendar,
  daysBetween,
  dueWithinMonths,
  dueWithinWorkingDays,
  type HolidayCalendar,
  parseLocalDate,
} from '@bastion/calendar';
import type { LadderConfig, SourceConfig } from '@bastion/rectification-contracts';

/**
 * The dates of a rectification, all by the calendar's one convention (`@bastion/calendar`,
 * conventions.ts): a due date is the last day on time; the item is overdue from the day after.
 */

/** 巡视 2 months, 巡察 and the rest 3 (configurable): the batch report and the leader's report are due. */
export function reportDeadline(
  feedbackDate: string,
  config: Pick<SourceConfig, 'reportDeadlineMonths'>,
): string {
  return dueWithinMonths(parseLocalDate(feedbackDate), config.reportDeadlineMonths);
}

/** The reminder (提醒书) goes out, and the light turns amber, this many working days before the deadline. */
export function amberFrom(
  deadline: string,
  ladder: Pick<LadderConfig, 'remindWorkingDays'>,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): string {
  return addWorkingDays(parseLocalDate(deadline), -ladder.remindWorkingDays, calendar);
}

/** 告诫书: the final deadline given the day after the deadline is missed. */
export function finalDeadline(
  deadline: string,
  ladder: Pick<LadderConfig, 'finalGraceWorkingDays'>,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): string {
  return dueWithinWorkingDays(addDays(parseLocalDate(deadline), 1), ladder.finalGraceWorkingDays, calendar);
}

/** 阶段指导 is due at this share of the time between assignment and the deadline. */
export function guidanceDate(
  assignedOn: string,
  deadline: string,
  ladder: Pick<LadderConfig, 'guidanceAtPercent'>,
): string {
  const start = parseLocalDate(assignedOn);
  const span = Math.max(0, daysBetween(start, parseLocalDate(deadline)));
  return addDays(start, Math.floor((span * ladder.guidanceAtPercent) / 100));
}

/** 二次整改: a failed acceptance (or a relapse at the look-back) gives a new, shorter deadline. */
export function secondRoundDeadline(
  today: string,
  config: Pick<SourceConfig, 'secondRoundWorkingDays'>,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): string {
  return dueWithinWorkingDays(parseLocalDate(today), config.secondRoundWorkingDays, calendar);
}

/** 回头看 is due this many months after closing. */
export function lookBackDue(closedOn: string, config: Pick<SourceConfig, 'lookBackMonths'>): string {
  return dueWithinMonths(parseLocalDate(closedOn), config.lookBackMonths);
}

/** The next periodic progress report of a long-term item. */
export function nextReportDue(from: string, everyMonths: number): string {
  return dueWithinMonths(parseLocalDate(from), everyMonths);
}

/** Days from `today` to `deadline`; negative once overdue. */
export function daysLeft(deadline: string | null, today: string): number | null {
  return deadline === null ? null : daysBetween(parseLocalDate(today), parseLocalDate(deadline));
}
