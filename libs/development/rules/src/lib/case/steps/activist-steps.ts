import { leagueRecommendationNeeded } from '../../age';
import { earliestActivist } from '../../timing';
import {
  breach,
  datedStep,
  done,
  n,
  nomineeRefusal,
  peopleOf,
  recorded,
  set,
  wrongStep,
} from './step-helpers';
import type { SomeStepRules } from './step-rule';

/** Which of the 25 steps each filing (备案) is, and the date it puts on the case. */
const filings = {
  activist: { step: 'activist_filing', date: 'activistFiled' },
  candidate: { step: 'candidate_filing', date: 'candidateFiled' },
  approval: { step: 'approval_filing', date: 'approvalFiled' },
} as const;

/**
 * Stages one and two (《细则》第五条至第十二条): the talk with the applicant, deciding the activist or
 * not, filing, mentors, and the assessments and thought reports of the training years.
 */
export const activistSteps: SomeStepRules<
  'talk' | 'decide_activist' | 'not_chosen' | 'file' | 'assign_mentors' | 'assessment' | 'thought_report'
> = {
  talk: datedStep('talk', 'talk', {
    statuses: ['applicant'],
    after: ['application'],
    details: (step) => ({ talker: step.talker }),
  }),
  decide_activist: {
    statuses: ['applicant'],
    after: () => ['talk'],
    number: () => n('activist'),
    check: (record, step, _ctx, rules) => {
      const earliest = earliestActivist(record.dates.application, rules);
      if (step.date < earliest)
        return breach('activist_too_early', { months: rules.settings.activistMinWaitMonths, earliest });
      if (
        leagueRecommendationNeeded(record.person.birthDate, step.date, rules) &&
        !step.recommendedBy.includes('league')
      )
        return breach('league_recommendation');
      return null;
    },
    apply: (record, step) =>
      recorded(
        { ...set(record, { activist: step.date }), status: 'activist', notChosen: null },
        { recommendedBy: step.recommendedBy },
      ),
  },
  not_chosen: {
    statuses: ['applicant'],
    after: () => ['talk'],
    number: () => n('activist'),
    apply: (record, step) =>
      recorded(
        { ...record, notChosen: { date: step.date, reason: step.reason, reconsiderOn: step.reconsiderOn } },
        { reconsiderOn: step.reconsiderOn },
      ),
  },
  file: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: (_r, step) => [step.filing],
    number: (_r, step) => n(filings[step.filing].step),
    check: (record, step) => done(record, filings[step.filing].step),
    apply: (record, step) =>
      recorded(set(record, { [filings[step.filing].date]: step.date }), { filing: step.filing }),
  },
  assign_mentors: {
    statuses: ['activist', 'candidate'],
    after: () => ['activist'],
    number: () => n('mentors'),
    check: (record, step, ctx) => {
      const already = done(record, 'mentors');
      if (already) return wrongStep('mentors_assigned');
      if (new Set(step.mentors.map((m) => m.personId)).size !== step.mentors.length)
        return breach('mentor_twice');
      for (const mentor of step.mentors) {
        const refusal = nomineeRefusal('培养联系人', mentor, ctx, step.date);
        if (refusal) return refusal;
      }
      return null;
    },
    apply: (record, step, ctx) => {
      const mentors = peopleOf(
        ctx,
        step.mentors.map((m) => m.personId),
      );
      return recorded({ ...set(record, { mentors: step.date }), mentors }, { mentors });
    },
  },
  assessment: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: (record) => (record.status === 'probationary' ? ['approval'] : ['activist']),
    number: (record) => n(record.status === 'probationary' ? 'probation_education' : 'education'),
    apply: (record, step) =>
      recorded({
        ...record,
        assessments: [
          ...record.assessments,
          { date: step.date, phase: record.status === 'probationary' ? 'probation' : 'activist' },
        ],
      }),
  },
  thought_report: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: () => ['activist'],
    number: (record) => n(record.status === 'probationary' ? 'probation_education' : 'education'),
    apply: (record, step) => recorded({ ...record, thoughtReports: [...record.thoughtReports, step.date] }),
  },
};
