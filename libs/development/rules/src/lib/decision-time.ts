import { DevelopmentErrorCode, type Refusal, type RuleSet } from '@bastion/development-contracts';
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
  const latest = kind === 'admission' ? approvalLatest(meeting, rules) : conversionApprovalLatest(meeting, rules);
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

const what: Record<TimedDecision, { zh: string; redo: string }> = {
  admission: { zh: '支部大会决议', redo: '须重新履行接收程序' },
  conversion: { zh: '支部大会讨论转正', redo: '须重新召开支部大会讨论转正' },
};

/**
 * A decision the committee may not take (any more, or without a reason): the refusal, with its
 * dates as parameters. In time, or late with a recorded reason, it may.
 */
export function decisionTimeRefusal(time: DecisionTime, rules: RuleSet): Refusal | null {
  const { zh, redo } = what[time.kind];
  const within = time.kind === 'admission' ? rules.fixed.approvalWithinMonths : rules.fixed.conversionApprovalWithinMonths;
  const params = { kind: time.kind, meeting: time.meeting, due: time.due, latest: time.latest, decidedOn: time.decidedOn };
  if (time.verdict === 'lapsed')
    return {
      code: DevelopmentErrorCode.ApprovalLapsed,
      message: `${zh}（${time.meeting}）后已超过${rules.fixed.approvalAtMostMonths}个月（最迟${time.latest}），上级党委不能再审批，${redo}`,
      params,
    };
  if (time.verdict === 'late_without_reason')
    return {
      code: DevelopmentErrorCode.ApprovalLate,
      message: `上级党委应在${zh}（${time.meeting}）后${within}个月内（${time.due}前）审批；超过的（最迟${time.latest}）须写明特殊情况的理由`,
      params,
    };
  return null;
}
