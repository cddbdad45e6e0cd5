import {
  addDays,
  addMonths,
  CalendarYearNotCoveredError,
  isWeekend,
  dueWithinMonths,
  dueWithinWorkingDays,
  earliestAfterMonths,
  type HolidayCalendar,
  parseLocalDate as day,
} from '@bastion/calendar';
import type { RuleSet } from '@bastion/development-contracts';

/**
 * The procedure's dates, all on the shared deadline convention (`@bastion/calendar`): a due date
 * is the last day on time; "at least N months after" is allowed from the shifted date inclusive.
 */

/** A due date a number of months (from the rules) after a date: the last day on time. */
const monthsAfter =
  (months: (rules: RuleSet) => number) =>
  (from: string, rules: RuleSet): string =>
    dueWithinMonths(day(from), months(rules));

/** The first day allowed a number of months (from the rules) after a date. */
const atLeastMonthsAfter =
  (months: (rules: RuleSet) => number) =>
  (from: string, rules: RuleSet): string =>
    earliestAfterMonths(day(from), months(rules));

/** 第七条: the talk within one month of receiving the application. */
export const talkDue = monthsAfter((r) => r.fixed.talkWithinMonths);

/** The committee's minimum wait before an applicant may be made an activist (national: none). */
export const earliestActivist = atLeastMonthsAfter((r) => r.settings.activistMinWaitMonths);

/** 第十一条: the k-th assessment (k ≥ 1) is due k × 6 months after the activist date. */
export function assessmentDue(activistDate: string, k: number, rules: RuleSet): string {
  return dueWithinMonths(day(activistDate), k * rules.fixed.assessmentEveryMonths);
}

/** 第十三条: a development candidate at least one year after the activist date. */
export const earliestCandidate = atLeastMonthsAfter((r) => r.fixed.activistAtLeastMonths);

/** The next thought report, a cadence after the last one (or after the activist date). */
export function thoughtReportDue(since: string, rules: RuleSet): string | null {
  const every = rules.settings.thoughtReportEveryMonths;
  return every > 0 ? dueWithinMonths(day(since), every) : null;
}

/** A political review stays valid until this date, where the committee limits it. */
export function reviewValidUntil(reviewDate: string, rules: RuleSet): string | null {
  const months = rules.settings.reviewValidityMonths;
  return months === null ? null : dueWithinMonths(day(reviewDate), months);
}

/** The pre-review, a target number of months after the committee review. */
export const preReviewDue = monthsAfter((r) => r.settings.preReviewTargetMonths);

/** The admission meeting, a target number of months after the pre-review. */
export const admissionMeetingDue = monthsAfter((r) => r.settings.meetingAfterPreReviewMonths);

/** Approval within 3 months of the resolution … */
export const approvalDue = monthsAfter((r) => r.fixed.approvalWithinMonths);

/** … and in special cases, with a recorded reason, up to 6 — never later. */
export const approvalLatest = monthsAfter((r) => r.fixed.approvalAtMostMonths);

/** Probation is one year from the admission meeting's date (入党时间), not from the approval. */
export function probationEnd(meetingDate: string, rules: RuleSet): string {
  return addMonths(day(meetingDate), rules.fixed.probationMonths);
}

/** An extension runs from the end of the original probation. */
export function extensionEnd(originalEnd: string, months: number): string {
  return addMonths(day(originalEnd), months);
}

/** The oath, a target number of months after the approval. */
export const oathDue = monthsAfter((r) => r.settings.oathTargetMonths);

/** The next assessment in probation, a cadence after the last one (or after the approval). */
export const probationAssessmentDue = monthsAfter((r) => r.settings.probationAssessmentEveryMonths);

/** The committee approves the conversion decision within 3 months of the meeting. */
export const conversionApprovalDue = monthsAfter((r) => r.fixed.conversionApprovalWithinMonths);

/** … and, as for the admission, in special cases with a recorded reason up to the longest period — never later. */
export const conversionApprovalLatest = monthsAfter((r) => r.fixed.approvalAtMostMonths);

export function archiveDue(
  conversionApprovalDate: string,
  rules: RuleSet,
  calendar: HolidayCalendar,
): string {
  return workingDaysAfter(conversionApprovalDate, rules.settings.archiveTargetWorkingDays, calendar);
}

/** Reminders go out this many days before a due date. */
export function remindFrom(due: string, rules: RuleSet): string {
  return addDays(day(due), -rules.settings.reminderLeadDays);
}

/** Past the due date by the configured working days, a lag is reported to the committee. */
export function escalateFrom(due: string, rules: RuleSet, calendar: HolidayCalendar): string {
  return workingDaysAfter(due, rules.settings.escalateAfterWorkingDays, calendar);
}

/**
 * The n-th working day after a date. A case runs for years, longer ahead than the holiday data
 * the State Council has published: in a year without data, weekdays stand in for working days
 * until the data is added, so a target is a few days early rather than a case stopped.
 */
export function workingDaysAfter(from: string, n: number, calendar: HolidayCalendar): string {
  try {
    return dueWithinWorkingDays(day(from), n, calendar);
  } catch (error) {
    if (!(error instanceof CalendarYearNotCoveredError)) throw error;
    let date = day(from);
    for (let left = n; left > 0;) {
      date = addDays(date, 1);
      if (!isWeekend(date)) left -= 1;
    }
    return date;
  }
}
