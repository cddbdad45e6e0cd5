import { addDays, parseLocalDate as day } from '@bastion/calendar';
import { DevelopmentErrorCode } from '@bastion/development-contracts';
import { sponsorsRefusal, trainingRefusal } from '../../eligibility';
import { earliestCandidate, reviewValidUntil, workingDaysAfter } from '../../timing';
import { stepDone } from '../case-state';
import { breach, n, peopleOf, set, wrongStep } from './step-helpers';
import type { SomeStepRules } from './step-rule';

/**
 * Stage three (《细则》第十三条至第十七条): deciding the development candidate, the sponsors, the
 * political review and the concentrated training.
 */
export const candidateSteps: SomeStepRules<'decide_candidate' | 'fix_sponsors' | 'political_review' | 'concentrated_training'> = {
  decide_candidate: {
    statuses: ['activist'],
    after: () => ['activist', 'activist_filing', 'mentors'],
    number: () => n('candidate'),
    check: (record, step, ctx, rules) => {
      const earliest = earliestCandidate(record.dates.activist!, rules);
      if (step.date < earliest)
        return breach(
          `确定为入党积极分子（${record.dates.activist}）满一年后方可确定为发展对象（《细则》第十三条），最早${earliest}`,
        );
      const heard = step.opinionsHeard;
      if (!heard.partyGroup || !heard.mentors || !heard.members || !heard.nonMembers)
        return breach('确定发展对象须听取党小组、培养联系人、党员和群众的意见（《细则》第十三条）');
      const days = rules.settings.candidateNoticeWorkingDays;
      if (days > 0) {
        const notice = step.publicNotice;
        if (!notice) return breach(`本党委规定确定发展对象前须公示${days}个工作日`);
        const lastDay = workingDaysAfter(addDays(day(notice.from), -1), days, ctx.calendar);
        if (notice.to < notice.from || notice.to < lastDay)
          return breach(`公示期须满${days}个工作日（自${notice.from}起至少到${lastDay}）`);
        if (notice.from < record.dates.activist! || notice.to > step.date)
          return breach('公示须在确定为入党积极分子之后、确定为发展对象之前进行');
      }
      return null;
    },
    apply: (record, step) => ({
      record: { ...set(record, { candidate: step.date }), status: 'candidate' },
      signOff: null,
      details: { opinionsHeard: step.opinionsHeard, publicNotice: step.publicNotice },
    }),
  },
  fix_sponsors: {
    statuses: ['candidate'],
    after: () => ['candidate'],
    number: () => n('sponsors'),
    check: (record, step, ctx, rules) =>
      (stepDone(record, 'sponsors') ? wrongStep('入党介绍人已确定；如需调整请办理“更换入党介绍人”') : null) ??
      sponsorsRefusal(step.sponsors, ctx.action.people, record.person.personId, rules, step.date),
    apply: (record, step, ctx) => ({
      record: { ...set(record, { sponsors: step.date }), sponsors: peopleOf(ctx, step.sponsors.map((s) => s.personId)) },
      signOff: null,
      details: { sponsors: peopleOf(ctx, step.sponsors.map((s) => s.personId)), declarations: step.sponsors },
    }),
  },
  political_review: {
    statuses: ['candidate'],
    after: () => ['candidate'],
    number: () => n('political_review'),
    check: (record) => (record.dates.admissionMeeting ? wrongStep('已经支部大会讨论接收，不能再改动政治审查') : null),
    apply: (record, step, _ctx, rules) => ({
      record: { ...record, review: { date: step.date, passed: step.passed, validUntil: reviewValidUntil(step.date, rules) } },
      signOff: null,
      details: { passed: step.passed },
    }),
  },
  concentrated_training: {
    statuses: ['candidate'],
    after: () => ['candidate'],
    number: () => n('concentrated_training'),
    check: (record, step, _ctx, rules) => {
      if (record.dates.committeeReview) return wrongStep('已经支部委员会审查，不能再改动集中培训');
      if (step.from > step.date) return { code: DevelopmentErrorCode.BadDate, message: '培训开始日期不能晚于结束日期' };
      return trainingRefusal(step, rules);
    },
    apply: (record, step) => ({
      record: {
        ...record,
        training: { from: step.from, to: step.date, days: step.days, hours: step.hours, provider: step.provider },
      },
      signOff: null,
      details: { from: step.from, days: step.days, hours: step.hours, provider: step.provider },
    }),
  },
};
