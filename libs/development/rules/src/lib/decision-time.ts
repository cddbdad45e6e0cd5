import { DevelopmentErrorCode, type Refusal, type RuleSet } from '@bastion/development-contracts';
import { refuse } from './rule-refusal';
import { approvalDue, approvalLatest, conversionApprovalDue, conversionApprovalLatest } from './timing';

/** Which of the committee's decisions is timed: the admission (step 17) or the conversion (step 24). */
export type TimedDecision = 'admission' | 'conversion';

/**
 * When the committee decided, against its period: in time (within 3 months of the branch
 * meeting), late but with a recorded special reason (up to 6), late without one, or lapsed (past
 * 6: no decision can be taken on that meeting any more).
 */
export interface DecisionTime {
  kind: TimedDecision;
  verdict: 'in_time' | 'late_with_reason' | 'late_without_reason' | 'lapsed';
  meeting: string;
  due: string;
  latest: string;
  decidedOn: string;
}

const hasReason = (reason: string | null | undefined) => (reason ?? '').trim().length >= 2;

/** The committee's decision of `decidedOn` on the meeting of `meeting`, against the rules of the meeting's date. */
export function decisionTime(
  kind: TimedDecision,
  meeting: string,
  decidedOn: string,
  lateReason: string | null | undefined,
  rules: RuleSet,
): DecisionTime {
  const due = kind === 'admission' ? approvalDue(meeting, rules) : conversionApprovalDue(meeting, rules);
  const latest =
    kind === 'admission' ? approvalLatest(meeting, rules) : conversionApprovalLatest(meeting, rules);
  const verdict =
    decidedOn > latest
      ? 'lapsed'
      : decidedOn <= due
        ? 'in_time'
        : hasReason(lateReason)
          ? 'late_with_reason'
          : 'late_without_reason';
  return { kind, verdict, meeting, due, latest, decidedOn };
}

/**
 * A decision the committee may not take (any more, or without a reason): the refusal, with its
 * dates as parameters. In time, or late with a recorded reason, it may.
 */
export function decisionTimeRefusal(time: DecisionTime, rules: RuleSet): Refusal | null {
  const within =
    time.kind === 'admission' ? rules.fixed.approvalWithinMonths : rules.fixed.conversionApprovalWithinMonths;
  const params = {
    kind: time.kind,
    meeting: time.meeting,
    due: time.due,
    latest: time.latest,
    decidedOn: time.decidedOn,
  };
  if (time.verdict === 'lapsed')
    return refuse(
      DevelopmentErrorCode.ApprovalLapsed,
      `approval_lapsed.${time.kind}`,
      { meeting: time.meeting, months: rules.fixed.approvalAtMostMonths, latest: time.latest },
      params,
    );
  if (time.verdict === 'late_without_reason')
    return refuse(
      DevelopmentErrorCode.ApprovalLate,
      `approval_late.${time.kind}`,
      { meeting: time.meeting, within, due: time.due, latest: time.latest },
      params,
    );
  return null;
}
