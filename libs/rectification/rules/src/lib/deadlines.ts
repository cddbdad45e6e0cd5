import {
  addDays,
  addWorkingDays,
  chinaHolidayCalendar,
  daysBetween,
  dueWithinMonths,
  dueWithinWorkingDays,
  type HolidayCalendar,
  isProvisionalDeadline,
  parseLocalDate,
  shanghaiDateOf,
  workingDaysBetween,
} from '@bastion/calendar';
import type {
  ItemRecord,
  LadderConfig,
  SourceConfig,
  TransitionKind,
} from '@bastion/rectification-contracts';

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

/**
 * 二次整改 as it was before the share rule: a fixed number of working days from the decision.
 * Items whose failed acceptance was recorded that way replay with it; a relapse reopened at the
 * look-back without a date of its own still gets it.
 */
export function fixedSecondRoundDeadline(
  today: string,
  config: Pick<SourceConfig, 'secondRoundWorkingDays'>,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): string {
  return dueWithinWorkingDays(parseLocalDate(today), config.secondRoundWorkingDays, calendar);
}

/** The second round is never shorter than this many working days, unless the first round was. */
export const SECOND_ROUND_MIN_WORKING_DAYS = 5;

/**
 * How many working days the second round gets: the source's share of the first round's working
 * days (rounded down: the second round is the shorter one), at least five, and never more than
 * the first round had.
 */
export function secondRoundWorkingDays(
  firstRoundWorkingDays: number,
  config: Pick<SourceConfig, 'secondRoundSharePercent'>,
): number {
  const first = Math.max(1, firstRoundWorkingDays);
  const share = Math.floor((first * config.secondRoundSharePercent) / 100);
  return Math.min(first, Math.max(SECOND_ROUND_MIN_WORKING_DAYS, share));
}

/** The kinds of transition that set the deadline the responsible organisation works to. */
const DEADLINE_SETTERS: readonly TransitionKind[] = ['assign', 'edit', 'extension_approved', 'long_term'];

/**
 * The first round (第一轮整改): from assignment to the deadline in force when it ended (its
 * approved extensions included), read from the item's record. Null before the item is assigned.
 */
export function firstRound(
  item: Pick<ItemRecord, 'assignedOn' | 'originalDeadline' | 'deadline' | 'transitions'>,
): { from: string; to: string } | null {
  if (item.assignedOn === null) return null;
  let deadline = item.originalDeadline ?? item.deadline;
  for (const t of item.transitions) {
    if (t.kind === 'acceptance_failed' || t.kind === 'reopened') break;
    if (t.deadline && DEADLINE_SETTERS.includes(t.kind)) deadline = t.deadline;
  }
  return deadline === null ? null : { from: item.assignedOn, to: deadline };
}

/**
 * 二次整改: a failed acceptance gives a new, shorter deadline — the source's share of the first
 * round's working days (default one half, at least five, never longer than the first round),
 * counted from the day of the decision.
 */
export function secondRoundDeadline(
  today: string,
  item: Pick<ItemRecord, 'assignedOn' | 'originalDeadline' | 'deadline' | 'transitions'>,
  config: Pick<SourceConfig, 'secondRoundSharePercent'>,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): string {
  const round = firstRound(item);
  const firstDays = round
    ? workingDaysBetween(parseLocalDate(round.from), parseLocalDate(round.to), calendar)
    : SECOND_ROUND_MIN_WORKING_DAYS;
  return dueWithinWorkingDays(parseLocalDate(today), secondRoundWorkingDays(firstDays, config), calendar);
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

/**
 * The item as shown: marked provisional while its working-day dates run through a year the
 * holiday calendar has no data for (weekdays stood in), unmarked once every such year has data.
 */
export function withProvisionalMark<T extends Pick<ItemRecord, 'registeredAt' | 'deadline' | 'finalDeadline' | 'amberFrom' | 'provisional'>>(
  item: T,
  calendar: HolidayCalendar,
): T {
  const from = shanghaiDateOf(new Date(item.registeredAt));
  const dates = [item.deadline, item.finalDeadline, item.amberFrom].filter((d): d is string => d !== null);
  const latest = dates.reduce((a, b) => (b > a ? b : a), from);
  const provisional = isProvisionalDeadline(parseLocalDate(from), parseLocalDate(latest), calendar);
  if (provisional === (item.provisional === true)) return item;
  const { provisional: _dropped, ...rest } = item;
  return (provisional ? { ...rest, provisional: true } : rest) as T;
}
