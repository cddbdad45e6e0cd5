import { type ApprovalResult } from '@bastion/approvals-contracts';
import {
  type CaseAction,
  type CaseRecord,
  type SignOffKind,
  stepByKey,
} from '@bastion/development-contracts';
import { type DecisionTime, decisionTime } from '../decision-time';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';
import { withEntry } from './case-state';
import { applyApprovalDecision, applyConversionDecision, applyPreReviewResult } from './decisions';
import { type AnyStep, type StepContext, type StepRule, stepRules } from './step-rules';

/**
 * Takes a step the rules have allowed (`stepRefusal` returned null): the record changes and an
 * entry is appended. Says which sign-off, if any, the step opens on the engine.
 */
export function applyStep(
  record: CaseRecord,
  action: Omit<CaseAction, 'step'> & { step: AnyStep },
  ctx: RuleContext & { migrated: boolean },
): { record: CaseRecord; signOff: SignOffKind | null } {
  const step = action.step;
  const rule = stepRules[step.type] as StepRule<AnyStep['type']>;
  const date = 'date' in step ? step.date : ctx.today;
  const stepCtx: StepContext = { ...ctx, action };
  const applied = rule.apply(record, step as never, stepCtx, ruleSetOn(ctx.ruleSets, date));
  const next = withEntry(
    applied.record,
    {
      kind: step.type,
      step: rule.number(record, step as never),
      date,
      actor: action.actor.personId ? { personId: action.actor.personId, name: action.actor.name } : null,
      migrated: ctx.migrated,
      note: 'note' in step ? step.note : 'reason' in step ? step.reason : '',
      files: 'files' in step ? step.files : [],
      // An administrator's login that is no person: the record names the login.
      details: action.actor.personId
        ? applied.details
        : { ...applied.details, account: { userId: action.actor.userId, name: action.actor.name } },
    },
    ctx,
  );
  return { record: next, signOff: applied.signOff };
}

/** A sign-off opened on the engine: the case waits for it. */
export function signOffStarted(
  record: CaseRecord,
  kind: SignOffKind,
  ids: { requestId: string; workflowId: string },
  ctx: RuleContext,
): CaseRecord {
  const pending = { kind, ...ids, startedOn: ctx.today };
  return withEntry(
    { ...record, pending },
    {
      kind: 'signoff_started',
      step: signOffStep[kind],
      date: ctx.today,
      actor: null,
      automatic: true,
      requestId: ids.requestId,
      details: { kind, workflowId: ids.workflowId },
    },
    ctx,
  );
}

const signOffStep: Record<SignOffKind, number> = {
  pre_review: stepByKey.pre_review.number,
  approval_talk: stepByKey.approval_talk.number,
  approval: stepByKey.approval.number,
  conversion_approval: stepByKey.conversion_approval.number,
};

export interface SignOffSettled {
  kind: SignOffKind;
  requestId: string;
  outcome: ApprovalResult['outcome'];
  trail: ApprovalResult['trail'];
}

/**
 * A sign-off came back. Approved or rejected, the committee's decision applies with the date it
 * was taken; withdrawn or expired, the case simply stops waiting and the step may be sent again.
 */
export function applySignOffOutcome(
  record: CaseRecord,
  settled: SignOffSettled,
  ctx: RuleContext,
): CaseRecord {
  if (record.pending?.requestId !== settled.requestId) return record;
  const cleared: CaseRecord = { ...record, pending: null };
  const decided = settled.outcome === 'approved' || settled.outcome === 'rejected';
  const last = [...settled.trail].reverse().find((d) => d.actor !== null);
  const signer = last?.actor ?? null;
  const opinion = last?.opinion ?? '';
  const approved = settled.outcome === 'approved';
  const base = {
    step: signOffStep[settled.kind],
    date: ctx.today,
    actor: signer,
    note: opinion,
    requestId: settled.requestId,
    details: { outcome: settled.outcome, trail: settled.trail },
  };
  if (!decided) {
    const dates =
      settled.kind === 'approval'
        ? { approvalSubmitted: null }
        : settled.kind === 'conversion_approval'
          ? { conversionSubmitted: null }
          : {};
    return withEntry(
      { ...cleared, dates: { ...cleared.dates, ...dates } },
      { ...base, kind: 'signoff_started', automatic: true, details: { ...base.details, ended: true } },
      ctx,
    );
  }
  switch (settled.kind) {
    case 'pre_review': {
      const next = applyPreReviewResult(cleared, ctx.today, approved);
      return withEntry(next, { ...base, kind: approved ? 'pre_review_passed' : 'pre_review_failed' }, ctx);
    }
    case 'approval_talk': {
      const next = { ...cleared, dates: { ...cleared.dates, approvalTalk: ctx.today } };
      return withEntry(
        next,
        { ...base, kind: 'approval_talk_held', details: { ...base.details, agreed: approved } },
        ctx,
      );
    }
    case 'approval': {
      const next = applyApprovalDecision(cleared, ctx.today, approved, ctx.ruleSets);
      const took = next.status === 'probationary';
      const lapsed = approved && !took;
      // Timed when the committee decided: past 6 months it is no approval (above); past 3 without
      // a recorded special reason it stands, flagged on the entry and failed in the compliance report.
      const time = approved ? timedOn(record, 'admission', ctx) : null;
      return withEntry(
        next,
        {
          ...base,
          kind: took ? 'approved' : 'not_approved',
          details: decisionDetails(base.details, lapsed, time, {
            probationEnd: next.dates.probationEnd,
            ruleSetOfMeeting: ruleSetOn(ctx.ruleSets, record.dates.admissionMeeting ?? ctx.today).id,
          }),
        },
        ctx,
      );
    }
    case 'conversion_approval': {
      const resolution = cleared.resolution;
      const time = approved && !ctx.untimedDecisions ? timedOn(record, 'conversion', ctx) : null;
      // Past the longest period the committee's approval no longer stands: the branch meets again.
      const lapsed = time?.verdict === 'lapsed';
      const next = applyConversionDecision(cleared, ctx.today, approved && !lapsed, ctx.ruleSets);
      const took = approved && !lapsed;
      return withEntry(
        next,
        {
          ...base,
          kind: took ? 'conversion_approved' : 'conversion_not_approved',
          details: decisionDetails(base.details, lapsed, time, {
            resolution: resolution?.kind,
            standing: next.dates.standing,
            probationEnd: next.dates.probationEnd,
          }),
        },
        ctx,
      );
    }
  }
}

/** The committee's decision taken today, against the period of the meeting it decides on. */
/**
 * What the entry of the committee's decision records beside the sign-off's own details: that
 * its approval lapsed, how it was timed when not in time, and what it changed on the case.
 */
function decisionDetails(
  signOff: Record<string, unknown>,
  lapsed: boolean,
  time: DecisionTime | null,
  changed: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...signOff,
    ...(lapsed ? { lapsed: true } : {}),
    ...(time && time.verdict !== 'in_time' ? { timing: time } : {}),
    ...changed,
  };
}

function timedOn(
  record: CaseRecord,
  kind: 'admission' | 'conversion',
  ctx: RuleContext,
): DecisionTime | null {
  const meeting =
    kind === 'admission'
      ? record.directAdmission
        ? null
        : record.dates.admissionMeeting
      : (record.resolution?.meetingDate ?? record.dates.conversionMeeting);
  if (!meeting) return null;
  const reason = kind === 'admission' ? record.approvalLateReason : (record.conversionLateReason ?? null);
  return decisionTime(kind, meeting, ctx.today, reason, ruleSetOn(ctx.ruleSets, meeting));
}

/** A newer version of the rules joins the case; steps dated from its effective date follow it. */
export function rulesAdopted(
  record: CaseRecord,
  ruleSet: { id: string; effectiveFrom: string },
  ctx: RuleContext,
): CaseRecord {
  const ruleSets = [...record.ruleSets, { id: ruleSet.id, effectiveFrom: ruleSet.effectiveFrom }].sort(
    (a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0),
  );
  return withEntry(
    { ...record, ruleSets },
    {
      kind: 'rules_adopted',
      step: null,
      date: ctx.today,
      actor: null,
      automatic: true,
      details: { ruleSetId: ruleSet.id, effectiveFrom: ruleSet.effectiveFrom },
    },
    ctx,
  );
}
