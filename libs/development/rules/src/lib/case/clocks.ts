import { textCatalogue } from '@bastion/messages';
import { addDays, isProvisionalDeadline, parseLocalDate as day } from '@bastion/calendar';
import type { AlertLevel, CaseRecord, Clock, ClockKey, RuleSet } from '@bastion/development-contracts';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';
import {
  admissionMeetingDue,
  approvalDue,
  approvalLatest,
  archiveDue,
  assessmentDue,
  conversionApprovalDue,
  earliestCandidate,
  escalateFrom,
  oathDue,
  preReviewDue,
  probationAssessmentDue,
  remindFrom,
  thoughtReportDue,
  talkDue,
} from '../timing';
import { isFinished, withEntry } from './case-state';

/**
 * A clock's rule as the record keeps it: the Chinese words of the catalogue. The record is workflow
 * state, so the words stay what histories hold; readers show them by `development.clock.<key>.rule`.
 */
const ruleOf = (key: ClockKey | 'approval_extended') => textCatalogue[`development.clock.${key}.rule`].zh;

/**
 * The clocks a case runs on now, earliest first. Each counts from the real dates on record, so a
 * migrated case's clocks stand where the paper record left them. The version of the rules that
 * governs a clock is the one in effect on the date it counts from.
 */
export function caseClocks(record: CaseRecord, ctx: RuleContext): Clock[] {
  if (isFinished(record)) return [];
  const d = record.dates;
  const clocks: Clock[] = [];
  const deadline = (key: ClockKey, from: string, due: (r: RuleSet) => string | null, rule: string) => {
    const rules = ruleSetOn(ctx.ruleSets, from);
    const on = due(rules);
    if (!on) return;
    const escalate = escalateFrom(on, rules, ctx.calendar);
    clocks.push({
      key,
      kind: 'deadline',
      due: on,
      remindFrom: remindFrom(on, rules),
      escalateFrom: escalate,
      rule,
      ruleSetId: rules.id,
      // Counted in working days through a year without holiday data: weekdays stood in.
      ...(isProvisionalDeadline(day(from), day(escalate), ctx.calendar) ? { provisional: true } : {}),
    });
  };
  const opens = (key: ClockKey, from: string, on: (r: RuleSet) => string, rule: string) => {
    const rules = ruleSetOn(ctx.ruleSets, from);
    const due = on(rules);
    clocks.push({ key, kind: 'opens', due, remindFrom: due, escalateFrom: null, rule, ruleSetId: rules.id });
  };
  const beforeAdmission = record.status === 'activist' || record.status === 'candidate';

  if (record.status === 'applicant' && !d.talk)
    deadline('talk', d.application, (r) => talkDue(d.application, r), ruleOf('talk'));
  if (beforeAdmission && d.activist && !d.admissionMeeting) {
    const done = record.assessments.filter((a) => a.phase === 'activist').length;
    deadline(
      'assessment',
      d.activist,
      (r) => assessmentDue(d.activist!, done + 1, r),
      ruleOf('assessment'),
    );
  }
  if ((beforeAdmission || record.status === 'probationary') && d.activist) {
    const since = record.thoughtReports.reduce((a, b) => (b > a ? b : a), d.activist);
    deadline('thought_report', since, (r) => thoughtReportDue(since, r), ruleOf('thought_report'));
  }
  if (record.status === 'activist' && d.activist)
    opens('candidacy', d.activist, (r) => earliestCandidate(d.activist!, r), ruleOf('candidacy'));
  if (record.status === 'candidate' && record.review?.passed && record.review.validUntil && !d.admissionMeeting)
    deadline('review_validity', record.review.date, () => record.review!.validUntil, ruleOf('review_validity'));
  if (record.pending?.kind === 'pre_review' && d.committeeReview)
    deadline('pre_review', d.committeeReview, (r) => preReviewDue(d.committeeReview!, r), ruleOf('pre_review'));
  if (record.status === 'candidate' && record.preReviewPassed && d.preReview && !d.admissionMeeting)
    deadline('admission_meeting', d.preReview, (r) => admissionMeetingDue(d.preReview!, r), ruleOf('admission_meeting'));
  if (record.status === 'candidate' && d.admissionMeeting && !d.approval) {
    const meeting = d.admissionMeeting;
    deadline(
      'approval',
      meeting,
      (r) => (record.approvalLateReason ? approvalLatest(meeting, r) : approvalDue(meeting, r)),
      record.approvalLateReason
        ? ruleOf('approval_extended')
        : ruleOf('approval'),
    );
  }
  if (record.status === 'probationary' && d.approval && !d.oath)
    deadline('oath', d.approval, (r) => oathDue(d.approval!, r), ruleOf('oath'));
  if (record.status === 'probationary' && d.approval && !d.conversionMeeting) {
    const since = record.assessments.filter((a) => a.phase === 'probation').reduce((a, b) => (b.date > a ? b.date : a), d.approval);
    deadline('probation_assessment', since, (r) => probationAssessmentDue(since, r), ruleOf('probation_assessment'));
  }
  if (record.status === 'probationary' && d.probationEnd && !d.conversionApplication)
    opens('probation_end', d.admissionMeeting ?? d.approval!, () => d.probationEnd!, ruleOf('probation_end'));
  if (record.status === 'probationary' && d.conversionMeeting && record.resolution && !d.conversionApproval)
    deadline(
      'conversion_approval',
      d.conversionMeeting,
      (r) => conversionApprovalDue(d.conversionMeeting!, r),
      ruleOf('conversion_approval'),
    );
  if (record.status === 'full' && d.conversionApproval && !d.archived)
    deadline('archive', d.conversionApproval, (r) => archiveDue(d.conversionApproval!, r, ctx.calendar), ruleOf('archive'));
  return clocks.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

const rank: Record<AlertLevel, number> = { opened: 1, reminder: 1, overdue: 2, escalated: 3 };

/** The highest level a clock has reached on `today`, or null before its reminders start. */
export function clockLevel(clock: Clock, today: string): AlertLevel | null {
  if (clock.kind === 'opens') return today >= clock.due ? 'opened' : null;
  if (clock.escalateFrom && today > clock.escalateFrom) return 'escalated';
  if (today > clock.due) return 'overdue';
  if (today >= clock.remindFrom) return 'reminder';
  return null;
}

/**
 * Fires what the clocks have reached: each level once per clock and due date. A migrated case
 * whose dates lie far back fires only its highest level, not every reminder it missed.
 */
export function applyClocks(record: CaseRecord, ctx: RuleContext): CaseRecord {
  const clocks = caseClocks(record, ctx);
  let next: CaseRecord = { ...record, clocks };
  for (const clock of clocks) {
    const level = clockLevel(clock, ctx.today);
    if (!level) continue;
    const fired = next.alerts.filter((a) => a.clock === clock.key && a.due === clock.due);
    if (fired.some((a) => rank[a.level] >= rank[level])) continue;
    next = withEntry(
      { ...next, alerts: [...next.alerts, { clock: clock.key, level, due: clock.due, on: ctx.today }] },
      {
        kind: 'alert',
        step: null,
        date: ctx.today,
        actor: null,
        automatic: true,
        details: { clock: clock.key, level, due: clock.due, rule: clock.rule },
      },
      ctx,
    );
  }
  return sameClocks(record.clocks, clocks) && next.alerts.length === record.alerts.length ? record : next;
}

function sameClocks(a: Clock[], b: Clock[]): boolean {
  return a.length === b.length && a.every((c, i) => c.key === b[i].key && c.due === b[i].due && c.ruleSetId === b[i].ruleSetId);
}

/** The next date on which a clock reaches a level it has not fired yet; null when nothing is running. */
export function nextWakeDate(record: CaseRecord, ctx: RuleContext): string | null {
  let earliest: string | null = null;
  for (const clock of caseClocks(record, ctx)) {
    const fired = new Set(record.alerts.filter((a) => a.clock === clock.key && a.due === clock.due).map((a) => a.level));
    const candidates =
      clock.kind === 'opens'
        ? [fired.has('opened') ? null : clock.due]
        : [
            fired.has('reminder') || fired.has('overdue') || fired.has('escalated') ? null : clock.remindFrom,
            fired.has('overdue') || fired.has('escalated') ? null : addDays(day(clock.due), 1),
            fired.has('escalated') || !clock.escalateFrom ? null : addDays(day(clock.escalateFrom), 1),
          ];
    for (const c of candidates) if (c && c > ctx.today && (earliest === null || c < earliest)) earliest = c;
  }
  return earliest;
}
