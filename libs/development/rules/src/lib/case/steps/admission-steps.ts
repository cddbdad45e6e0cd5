import { approvalTimingRefusal, leavingRefusal, reviewRefusal, trainingRefusal } from '../../eligibility';
import { ruleSetOn } from '../../rule-set-on';
import { approvalLatest } from '../../timing';
import { voteRefusal } from '../../vote';
import { admissionDatesCleared } from '../case-state';
import { applyApprovalDecision, applyPreReviewResult } from '../decisions';
import {
  breach,
  datedStep,
  done,
  meetingRefusal,
  n,
  pre,
  recorded,
  set,
  withVote,
  wrongStep,
} from './step-helpers';
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
    apply: (record, step) =>
      recorded(applyPreReviewResult(record, step.date, step.passed), { passed: step.passed }),
  },
  application_form: datedStep('application_form', 'applicationForm', {
    statuses: ['candidate'],
    after: ['pre_review'],
  }),
  admission_meeting: {
    statuses: ['candidate'],
    after: () => ['application_form'],
    number: () => n('admission_meeting'),
    check: (record, step, ctx, rules) =>
      meetingRefusal(record, 'admission_meeting', step, ctx) ??
      voteRefusal(step.vote) ??
      reviewRefusal(record.review, step.date, rules),
    apply: (record, step, ctx, rules) => {
      const { next, outcome } = withVote(record, step, 'admission', 'admit', null);
      if (!outcome.passed) return recorded(next, { vote: step.vote, outcome });
      const talkOnEngine = rules.settings.approvalTalkOnRecord && !ctx.migrated;
      return {
        record: set(next, { admissionMeeting: step.date }),
        signOff: talkOnEngine ? 'approval_talk' : null,
        details: { vote: step.vote, outcome },
      };
    },
  },
  approval_talk: datedStep('approval_talk', 'approvalTalk', {
    statuses: ['candidate'],
    after: ['admission_meeting'],
    details: (step) => ({ talker: step.talker }),
  }),
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
    apply: (record, step, ctx) =>
      recorded(
        applyApprovalDecision(
          {
            ...set(record, { approvalSubmitted: record.dates.approvalSubmitted ?? step.date }),
            approvalLateReason: step.lateReason,
          },
          step.date,
          step.approved,
          ctx.ruleSets,
        ),
        { approved: step.approved, lateReason: step.lateReason },
      ),
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
    apply: (record, step) =>
      recorded(
        {
          ...set(record, admissionDatesCleared),
          preReviewPassed: null,
          approvalLateReason: null,
          leaving: null,
        },
        { reason: step.reason },
      ),
  },
  direct_admission: {
    statuses: pre,
    after: () => ['application'],
    number: () => n('approval'),
    apply: (record, step, ctx) =>
      recorded(
        applyApprovalDecision(
          {
            ...set(record, { admissionMeeting: step.date, approvalSubmitted: step.date }),
            directAdmission: { date: step.date, authority: step.authority },
          },
          step.date,
          true,
          ctx.ruleSets,
        ),
        { authority: step.authority, reason: step.reason },
      ),
  },
};
