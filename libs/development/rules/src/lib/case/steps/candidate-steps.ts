import { addDays, parseLocalDate as day } from '@bastion/calendar';
import { DevelopmentErrorCode } from '@bastion/development-contracts';
import { sponsorsRefusal, trainingRefusal } from '../../eligibility';
import { refuse } from '../../rule-refusal';
import { earliestCandidate, reviewValidUntil, workingDaysAfter } from '../../timing';
import { stepDone } from '../case-state';
import { breach, n, peopleOf, recorded, set, wrongStep } from './step-helpers';
import type { SomeStepRules } from './step-rule';

/**
 * Stage three (《细则》第十三条至第十七条): deciding the development candidate, the sponsors, the
 * political review and the concentrated training.
 */
export const candidateSteps: SomeStepRules<
  'decide_candidate' | 'fix_sponsors' | 'political_review' | 'concentrated_training'
> = {
  decide_candidate: {
    statuses: ['activist'],
    after: () => ['activist', 'activist_filing', 'mentors'],
    number: () => n('candidate'),
    check: (record, step, ctx, rules) => {
      const earliest = earliestCandidate(record.dates.activist!, rules);
      if (step.date < earliest)
        return breach('candidate_too_early', { activist: record.dates.activist, earliest });
      const heard = step.opinionsHeard;
      if (!heard.partyGroup || !heard.mentors || !heard.members || !heard.nonMembers)
        return breach('opinions_not_heard');
      const days = rules.settings.candidateNoticeWorkingDays;
      if (days > 0) {
        const notice = step.publicNotice;
        if (!notice) return breach('notice_required', { days });
        const lastDay = workingDaysAfter(addDays(day(notice.from), -1), days, ctx.calendar);
        if (notice.to < notice.from || notice.to < lastDay)
          return breach('notice_too_short', { days, from: notice.from, lastDay });
        if (notice.from < record.dates.activist! || notice.to > step.date)
          return breach('notice_out_of_order');
      }
      return null;
    },
    apply: (record, step) =>
      recorded(
        { ...set(record, { candidate: step.date }), status: 'candidate' },
        { opinionsHeard: step.opinionsHeard, publicNotice: step.publicNotice },
      ),
  },
  fix_sponsors: {
    statuses: ['candidate'],
    after: () => ['candidate'],
    number: () => n('sponsors'),
    check: (record, step, ctx, rules) =>
      (stepDone(record, 'sponsors') ? wrongStep('sponsors_fixed') : null) ??
      sponsorsRefusal(step.sponsors, ctx.action.people, record.person.personId, rules, step.date),
    apply: (record, step, ctx) => {
      const sponsors = peopleOf(
        ctx,
        step.sponsors.map((s) => s.personId),
      );
      return recorded(
        { ...set(record, { sponsors: step.date }), sponsors },
        { sponsors, declarations: step.sponsors },
      );
    },
  },
  political_review: {
    statuses: ['candidate'],
    after: () => ['candidate'],
    number: () => n('political_review'),
    check: (record) => (record.dates.admissionMeeting ? wrongStep('review_after_meeting') : null),
    apply: (record, step, _ctx, rules) =>
      recorded(
        {
          ...record,
          review: { date: step.date, passed: step.passed, validUntil: reviewValidUntil(step.date, rules) },
        },
        { passed: step.passed },
      ),
  },
  concentrated_training: {
    statuses: ['candidate'],
    after: () => ['candidate'],
    number: () => n('concentrated_training'),
    check: (record, step, _ctx, rules) => {
      if (record.dates.committeeReview) return wrongStep('training_after_review');
      if (step.from > step.date) return refuse(DevelopmentErrorCode.BadDate, 'training_dates');
      return trainingRefusal(step, rules);
    },
    apply: (record, step) => {
      const { from, days, hours, provider } = step;
      return recorded(
        { ...record, training: { from, to: step.date, days, hours, provider } },
        { from, days, hours, provider },
      );
    },
  },
};
