import type { CaseRecord, RuleSet } from '@bastion/development-contracts';
import { ruleSetOn } from '../rule-set-on';
import { approvalLatest, extensionEnd, probationEnd } from '../timing';

/**
 * The committee's decisions, whether signed off on the engine or taken on paper before the case
 * was migrated: the same consequences either way.
 */

/** A failed pre-review sends the candidate back to training (or to be dropped by the branch). */
export function applyPreReviewResult(record: CaseRecord, date: string, passed: boolean): CaseRecord {
  if (passed) return { ...record, preReviewPassed: true, dates: { ...record.dates, preReview: date } };
  return {
    ...record,
    preReviewPassed: false,
    training: null,
    dates: { ...record.dates, preReview: date, committeeReview: null },
  };
}

/**
 * Approved in time: a probationary member from the admission meeting's date, probation one year
 * from it. Approved past the longest period is no approval: the admission has to be redone.
 * Refused: not accepted, the case closes.
 */
export function applyApprovalDecision(
  record: CaseRecord,
  date: string,
  approved: boolean,
  ruleSets: RuleSet[],
): CaseRecord {
  const meeting = record.dates.admissionMeeting!;
  const rules = ruleSetOn(ruleSets, meeting);
  if (!approved)
    return {
      ...record,
      status: 'not_accepted',
      closedReason: '上级党委审批未同意接收',
      dates: { ...record.dates, closed: date },
    };
  if (!record.directAdmission && date > approvalLatest(meeting, rules))
    return { ...record, dates: { ...record.dates, approvalSubmitted: null } };
  return {
    ...record,
    status: 'probationary',
    dates: { ...record.dates, approval: date, probationEnd: probationEnd(meeting, rules) },
  };
}

/**
 * The committee's decision on a conversion resolution. Convert: full member, standing from the
 * end of probation (or of the extension) — a late meeting does not move it. Extend: probation runs
 * on to the extension's end and the conversion steps are taken again. Cancel: the case closes.
 * Not approved: the branch meets again.
 */
export function applyConversionDecision(
  record: CaseRecord,
  date: string,
  approved: boolean,
  ruleSets: RuleSet[],
): CaseRecord {
  const resolution = record.resolution!;
  if (!approved)
    return {
      ...record,
      resolution: null,
      dates: { ...record.dates, conversionMeeting: null, conversionSubmitted: null },
    };
  if (resolution.kind === 'convert')
    return {
      ...record,
      status: 'full',
      dates: { ...record.dates, conversionApproval: date, standing: record.dates.probationEnd },
    };
  if (resolution.kind === 'cancel')
    return {
      ...record,
      status: 'cancelled',
      closedReason: '取消预备党员资格',
      dates: { ...record.dates, conversionApproval: date, closed: date },
    };
  const rules = ruleSetOn(ruleSets, resolution.meetingDate);
  const months = resolution.extensionMonths ?? rules.fixed.extensionMinMonths;
  const until = extensionEnd(record.dates.probationEnd!, months);
  return {
    ...record,
    extension: { months, until, meetingDate: resolution.meetingDate },
    resolution: null,
    dates: {
      ...record.dates,
      probationEnd: until,
      conversionApplication: null,
      conversionMeeting: null,
      conversionSubmitted: null,
    },
  };
}
