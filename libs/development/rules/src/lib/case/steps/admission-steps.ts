import { approvalTimingRefusal, leavingRefusal, reviewRefusal, trainingRefusal } from '../../eligibility';
import { ruleSetOn } from '../../rule-set-on';
import { approvalLatest } from '../../timing';
import { countVote, voteRefusal } from '../../vote';
import { applyApprovalDecision, applyPreReviewResult } from '../decisions';
import { breach, done, n, pre, set, votersRefusal, wrongStep } from './step-helpers';
import type { SomeStepRules } from './step-rule';

/**
 * Stage four (《细则》第十八条至第二十四条): the committee review, the pre-review, the form, the branch
 * meeting's vote, the talk and the committee's approval; redoing the admission when its time
 * lapsed, and an admission directly by a higher committee.
 */
export const admissionSteps: SomeStepRules<
  | 'committee_review'
  | 'pre_review_result'
  | 'application_form'
  | 'admission_meeting'
  | 'approval_talk'
  | 'submit_approval'
  | 'approval_decision'
  | 'redo_admission'
  | 'direct_admission'
> = {
  committee_review: {
    statuses: ['candidate'],
    after: () => ['candidate', 'candidate_filing', 'sponsors', 'political_review', 'concentrated_training'],
    number: () => n('committee_review'),
    check: (record, step, _ctx, rules) =>
      done(record, 'committee_review') ??
      reviewRefusal(record.review, step.date, rules) ??
      (record.training ? trainingRefusal(record.training, rules) : breach('no_training')) ??
      leavingRefusal(step.date, step.leavingOn, step.exceptionReason, rules),
    apply: (record, step) => ({
      record: {
        ...set(record, { committeeReview: step.date }),
        leaving: step.leavingOn ? { on: step.leavingOn, exceptionReason: step.exceptionReason } : null,
      },
      signOff: 'pre_review',
      details: { leavingOn: step.leavingOn, exceptionReason: step.exceptionReason },
    }),
  },
  pre_review_result: {
    statuses: ['candidate'],
    after: () => ['committee_review'],
    number: () => n('pre_review'),
    check: (record) => done(record, 'pre_review'),
    apply: (record, step) => ({
      record: applyPreReviewResult(record, step.date, step.passed),
      signOff: null,
      details: { passed: step.passed },
    }),
  },
  application_form: {
    statuses: ['candidate'],
    after: () => ['pre_review'],
    number: () => n('application_form'),
    check: (record) => done(record, 'application_form'),
    apply: (record, step) => ({ record: set(record, { applicationForm: step.date }), signOff: null }),
  },
  admission_meeting: {
    statuses: ['candidate'],
    after: () => ['application_form'],
    number: () => n('admission_meeting'),
    check: (record, step, ctx, rules) => {
      const already = done(record, 'admission_meeting', 'development.refusal.label.admission_meeting');
      if (already) return already;
      const roll = votersRefusal(step, ctx);
      if (roll) return roll;
      return voteRefusal(step.vote) ?? reviewRefusal(record.review, step.date, rules);
    },
    apply: (record, step, ctx, rules) => {
      const outcome = countVote(step.vote);
      const vote = {
        kind: 'admission' as const,
        date: step.date,
        counts: step.vote,
        outcome,
        resolution: 'admit' as const,
        extensionMonths: null,
        seq: record.entries.length + 1,
      };
      const next = { ...record, votes: [...record.votes, vote] };
      if (!outcome.passed) return { record: next, signOff: null, details: { vote: step.vote, outcome } };
      const talkOnEngine = rules.settings.approvalTalkOnRecord && !ctx.migrated;
      return {
        record: set(next, { admissionMeeting: step.date }),
        signOff: talkOnEngine ? 'approval_talk' : null,
        details: { vote: step.vote, outcome },
      };
    },
  },
  approval_talk: {
    statuses: ['candidate'],
    after: () => ['admission_meeting'],
    number: () => n('approval_talk'),
    check: (record) => done(record, 'approval_talk'),
    apply: (record, step) => ({
      record: set(record, { approvalTalk: step.date }),
      signOff: null,
      details: { talker: step.talker },
    }),
  },
  submit_approval: {
    statuses: ['candidate'],
    after: () => ['admission_meeting', 'approval_talk'],
    number: () => n('approval'),
    check: (record, step, ctx, rules) =>
      (record.dates.approvalSubmitted ? wrongStep('submitted_already') : null) ??
      approvalTimingRefusal(record.dates.admissionMeeting!, ctx.today, step.lateReason, rules),
    apply: (record, step, ctx) => ({
      record: { ...set(record, { approvalSubmitted: ctx.today }), approvalLateReason: step.lateReason },
      signOff: 'approval',
      details: { lateReason: step.lateReason },
    }),
  },
  approval_decision: {
    statuses: ['candidate'],
    after: () => ['admission_meeting', 'approval_talk'],
    number: () => n('approval'),
    // Timed on the day the committee decided; the reason may have been recorded when it was sent.
    check: (record, step, _ctx, rules) =>
      step.approved
        ? approvalTimingRefusal(
            record.dates.admissionMeeting!,
            step.date,
            step.lateReason ?? record.approvalLateReason,
            rules,
          )
        : null,
    apply: (record, step, ctx) => ({
      record: applyApprovalDecision(
        {
          ...set(record, { approvalSubmitted: record.dates.approvalSubmitted ?? step.date }),
          approvalLateReason: step.lateReason,
        },
        step.date,
        step.approved,
        ctx.ruleSets,
      ),
      signOff: null,
      details: { approved: step.approved, lateReason: step.lateReason },
    }),
  },
  redo_admission: {
    statuses: ['candidate'],
    after: () => ['committee_review'],
    number: () => n('committee_review'),
    check: (record, _step, ctx) => {
      const rules = ruleSetOn(ctx.ruleSets, ctx.today);
      const meeting = record.dates.admissionMeeting;
      const lapsed =
        meeting !== null && record.dates.approval === null && ctx.today > approvalLatest(meeting, rules);
      const preReviewFailed = record.preReviewPassed === false;
      if (!lapsed && !preReviewFailed && record.dates.committeeReview !== null)
        return wrongStep('redo_admission_not_due');
      return null;
    },
    apply: (record, step) => ({
      record: {
        ...set(record, {
          committeeReview: null,
          preReview: null,
          applicationForm: null,
          admissionMeeting: null,
          approvalTalk: null,
          approvalSubmitted: null,
        }),
        preReviewPassed: null,
        approvalLateReason: null,
        leaving: null,
      },
      signOff: null,
      details: { reason: step.reason },
    }),
  },
  direct_admission: {
    statuses: pre,
    after: () => ['application'],
    number: () => n('approval'),
    apply: (record, step, ctx) => ({
      record: applyApprovalDecision(
        {
          ...set(record, { admissionMeeting: step.date, approvalSubmitted: step.date }),
          directAdmission: { date: step.date, authority: step.authority },
        },
        step.date,
        true,
        ctx.ruleSets,
      ),
      signOff: null,
      details: { authority: step.authority, reason: step.reason },
    }),
  },
};
