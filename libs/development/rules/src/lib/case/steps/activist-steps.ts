import { leagueRecommendationNeeded } from '../../age';
import { memberRefusal } from '../../eligibility';
import { earliestActivist } from '../../timing';
import { breach, done, n, peopleOf, set, wrongStep } from './step-helpers';
import type { SomeStepRules } from './step-rule';

/**
 * Stages one and two (《细则》第五条至第十二条): the talk with the applicant, deciding the activist or
 * not, filing, mentors, and the assessments and thought reports of the training years.
 */
export const activistSteps: SomeStepRules<
  'talk' | 'decide_activist' | 'not_chosen' | 'file' | 'assign_mentors' | 'assessment' | 'thought_report'
> = {
  talk: {
    statuses: ['applicant'],
    after: () => ['application'],
    number: () => n('talk'),
    check: (record) => done(record, 'talk'),
    apply: (record, step) => ({
      record: set(record, { talk: step.date }),
      signOff: null,
      details: { talker: step.talker },
    }),
  },
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
    apply: (record, step) => ({
      record: { ...set(record, { activist: step.date }), status: 'activist', notChosen: null },
      signOff: null,
      details: { recommendedBy: step.recommendedBy },
    }),
  },
  not_chosen: {
    statuses: ['applicant'],
    after: () => ['talk'],
    number: () => n('activist'),
    apply: (record, step) => ({
      record: {
        ...record,
        notChosen: { date: step.date, reason: step.reason, reconsiderOn: step.reconsiderOn },
      },
      signOff: null,
      details: { reconsiderOn: step.reconsiderOn },
    }),
  },
  file: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: (_r, step) => [step.filing === 'approval' ? 'approval' : step.filing],
    number: (_r, step) =>
      n(
        step.filing === 'activist'
          ? 'activist_filing'
          : step.filing === 'candidate'
            ? 'candidate_filing'
            : 'approval_filing',
      ),
    check: (record, step) =>
      done(
        record,
        step.filing === 'activist'
          ? 'activist_filing'
          : step.filing === 'candidate'
            ? 'candidate_filing'
            : 'approval_filing',
      ),
    apply: (record, step) => ({
      record: set(
        record,
        step.filing === 'activist'
          ? { activistFiled: step.date }
          : step.filing === 'candidate'
            ? { candidateFiled: step.date }
            : { approvalFiled: step.date },
      ),
      signOff: null,
      details: { filing: step.filing },
    }),
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
        const refusal = memberRefusal(
          '培养联系人',
          mentor,
          ctx.action.people.find((p) => p.personId === mentor.personId),
          step.date,
        );
        if (refusal) return refusal;
      }
      return null;
    },
    apply: (record, step, ctx) => ({
      record: {
        ...set(record, { mentors: step.date }),
        mentors: peopleOf(
          ctx,
          step.mentors.map((m) => m.personId),
        ),
      },
      signOff: null,
      details: {
        mentors: peopleOf(
          ctx,
          step.mentors.map((m) => m.personId),
        ),
      },
    }),
  },
  assessment: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: (record) => (record.status === 'probationary' ? ['approval'] : ['activist']),
    number: (record) => n(record.status === 'probationary' ? 'probation_education' : 'education'),
    apply: (record, step) => ({
      record: {
        ...record,
        assessments: [
          ...record.assessments,
          { date: step.date, phase: record.status === 'probationary' ? 'probation' : 'activist' },
        ],
      },
      signOff: null,
    }),
  },
  thought_report: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: () => ['activist'],
    number: (record) => n(record.status === 'probationary' ? 'probation_education' : 'education'),
    apply: (record, step) => ({
      record: { ...record, thoughtReports: [...record.thoughtReports, step.date] },
      signOff: null,
    }),
  },
};
