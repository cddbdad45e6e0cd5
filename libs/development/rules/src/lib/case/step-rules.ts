import { addDays, parseLocalDate as day } from '@bastion/calendar';
import {
  type CaseAction,
  type CaseRecord,
  type DevelopmentStatus,
  DevelopmentErrorCode,
  type MigratedStep,
  type Refusal,
  type RuleSet,
  type SignOffKind,
  type StepKey,
  stepByKey,
  type VoteCounts,
} from '@bastion/development-contracts';
import { leagueRecommendationNeeded } from '../age';
import {
  allowedOutcomes,
  approvalTimingRefusal,
  conversionTimingRefusal,
  extensionRefusal,
  leavingRefusal,
  memberRefusal,
  oathRefusal,
  reviewRefusal,
  sponsorsRefusal,
  trainingRefusal,
} from '../eligibility';
import { decisionTime, decisionTimeRefusal } from '../decision-time';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';
import { approvalLatest, earliestActivist, earliestCandidate, reviewValidUntil, workingDaysAfter } from '../timing';
import { countVote, rollRefusal, voteProblems } from '../vote';
import { applyApprovalDecision, applyConversionDecision, applyPreReviewResult } from './decisions';
import { stepDone } from './case-state';

/** A step as the rules see it: a live action's step, or a step of a paper record. */
export type AnyStep = CaseAction['step'] | MigratedStep;
export type StepOf<T extends AnyStep['type']> = Extract<AnyStep, { type: T }>;

/** The committee's decision on the conversion resolution, timed from the meeting by the rules of its date. */
function conversionTimingOn(record: CaseRecord, on: string, lateReason: string | null, ctx: RuleContext): Refusal | null {
  const meeting = record.resolution?.meetingDate ?? record.dates.conversionMeeting;
  if (!meeting) return null;
  const rules = ruleSetOn(ctx.ruleSets, meeting);
  return decisionTimeRefusal(decisionTime('conversion', meeting, on, lateReason, rules), rules);
}

/**
 * A branch meeting's voters against the identity service's roll on its date. Without a roll the
 * vote is refused, except in histories recorded before votes were checked against it.
 */
function votersRefusal(step: { date: string; vote: VoteCounts }, ctx: StepContext): Refusal | null {
  const roll = ctx.action.roll;
  if (roll) return rollRefusal(step.vote, roll, step.date);
  return ctx.votersFromRoll
    ? { code: DevelopmentErrorCode.VotersNotOnRoll, message: `未能取得${step.date}的党员名册，不能记录表决`, params: { date: step.date } }
    : null;
}

export interface StepContext extends RuleContext {
  action: Omit<CaseAction, 'step'>;
  migrated: boolean;
}

export interface Applied {
  record: CaseRecord;
  signOff: SignOffKind | null;
  /** What the entry records beside the common fields. */
  details?: Record<string, unknown>;
}

/**
 * The rule of one kind of step: in which statuses it may be taken, which steps must be on record
 * before it (its date may not precede theirs), what the rules check, and what it changes.
 */
export interface StepRule<T extends AnyStep['type']> {
  statuses: readonly DevelopmentStatus[];
  /** Steps that must be done first; null = none beyond the application. */
  after: (record: CaseRecord, step: StepOf<T>) => readonly StepKey[];
  /** Which of the 25 steps the entry belongs to. */
  number: (record: CaseRecord, step: StepOf<T>) => number | null;
  check?: (record: CaseRecord, step: StepOf<T>, ctx: StepContext, rules: RuleSet) => Refusal | null;
  apply: (record: CaseRecord, step: StepOf<T>, ctx: StepContext, rules: RuleSet) => Applied;
}

export const wrongStep = (message: string): Refusal => ({ code: DevelopmentErrorCode.WrongStep, message });
const breach = (message: string): Refusal => ({ code: DevelopmentErrorCode.RuleBreach, message });
const n = (key: StepKey) => stepByKey[key].number;
const set = (record: CaseRecord, dates: Partial<CaseRecord['dates']>): CaseRecord => ({
  ...record,
  dates: { ...record.dates, ...dates },
});
const done = (record: CaseRecord, key: StepKey, label = stepByKey[key].zh): Refusal | null =>
  stepDone(record, key) ? wrongStep(`“${label}”已办理`) : null;
const peopleOf = (ctx: StepContext, ids: string[]) =>
  ids.map((id) => {
    const f = ctx.action.people.find((p) => p.personId === id);
    return { personId: id, name: f?.name ?? id };
  });

const pre = ['applicant', 'activist', 'candidate'] as const;

type Rules = { [T in AnyStep['type']]: StepRule<T> };

export const stepRules: Rules = {
  talk: {
    statuses: ['applicant'],
    after: () => ['application'],
    number: () => n('talk'),
    check: (record) => done(record, 'talk'),
    apply: (record, step) => ({ record: set(record, { talk: step.date }), signOff: null, details: { talker: step.talker } }),
  },
  decide_activist: {
    statuses: ['applicant'],
    after: () => ['talk'],
    number: () => n('activist'),
    check: (record, step, _ctx, rules) => {
      const earliest = earliestActivist(record.dates.application, rules);
      if (step.date < earliest)
        return breach(`本党委规定递交申请书${rules.settings.activistMinWaitMonths}个月后方可确定为入党积极分子（最早${earliest}）`);
      if (leagueRecommendationNeeded(record.person.birthDate, step.date, rules) && !step.recommendedBy.includes('league'))
        return breach('28周岁以下的申请人，本党委规定须经共青团推荐（推优）');
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
      record: { ...record, notChosen: { date: step.date, reason: step.reason, reconsiderOn: step.reconsiderOn } },
      signOff: null,
      details: { reconsiderOn: step.reconsiderOn },
    }),
  },
  file: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: (_r, step) => [step.filing === 'approval' ? 'approval' : step.filing],
    number: (_r, step) => n(step.filing === 'activist' ? 'activist_filing' : step.filing === 'candidate' ? 'candidate_filing' : 'approval_filing'),
    check: (record, step) =>
      done(record, step.filing === 'activist' ? 'activist_filing' : step.filing === 'candidate' ? 'candidate_filing' : 'approval_filing'),
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
      if (already) return wrongStep('培养联系人已指定；如需调整请办理“更换培养联系人”');
      if (new Set(step.mentors.map((m) => m.personId)).size !== step.mentors.length) return breach('培养联系人不能重复');
      for (const mentor of step.mentors) {
        const refusal = memberRefusal('培养联系人', mentor, ctx.action.people.find((p) => p.personId === mentor.personId), step.date);
        if (refusal) return refusal;
      }
      return null;
    },
    apply: (record, step, ctx) => ({
      record: { ...set(record, { mentors: step.date }), mentors: peopleOf(ctx, step.mentors.map((m) => m.personId)) },
      signOff: null,
      details: { mentors: peopleOf(ctx, step.mentors.map((m) => m.personId)) },
    }),
  },
  assessment: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: (record) => (record.status === 'probationary' ? ['approval'] : ['activist']),
    number: (record) => n(record.status === 'probationary' ? 'probation_education' : 'education'),
    apply: (record, step) => ({
      record: {
        ...record,
        assessments: [...record.assessments, { date: step.date, phase: record.status === 'probationary' ? 'probation' : 'activist' }],
      },
      signOff: null,
    }),
  },
  thought_report: {
    statuses: ['activist', 'candidate', 'probationary'],
    after: () => ['activist'],
    number: (record) => n(record.status === 'probationary' ? 'probation_education' : 'education'),
    apply: (record, step) => ({ record: { ...record, thoughtReports: [...record.thoughtReports, step.date] }, signOff: null }),
  },
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
  committee_review: {
    statuses: ['candidate'],
    after: () => ['candidate', 'candidate_filing', 'sponsors', 'political_review', 'concentrated_training'],
    number: () => n('committee_review'),
    check: (record, step, _ctx, rules) =>
      done(record, 'committee_review') ??
      reviewRefusal(record.review, step.date, rules) ??
      (record.training ? trainingRefusal(record.training, rules) : breach('未经集中培训的，不能发展入党（《细则》第十七条）')) ??
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
    apply: (record, step) => ({ record: applyPreReviewResult(record, step.date, step.passed), signOff: null, details: { passed: step.passed } }),
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
      const already = done(record, 'admission_meeting', '支部大会讨论接收');
      if (already) return already;
      const roll = votersRefusal(step, ctx);
      if (roll) return roll;
      const problems = voteProblems(step.vote);
      if (problems.length) return breach(`表决票数不一致：${problems.join('；')}`);
      return reviewRefusal(record.review, step.date, rules);
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
    apply: (record, step) => ({ record: set(record, { approvalTalk: step.date }), signOff: null, details: { talker: step.talker } }),
  },
  submit_approval: {
    statuses: ['candidate'],
    after: () => ['admission_meeting', 'approval_talk'],
    number: () => n('approval'),
    check: (record, step, ctx, rules) =>
      (record.dates.approvalSubmitted ? wrongStep('已报上级党委审批') : null) ??
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
        ? approvalTimingRefusal(record.dates.admissionMeeting!, step.date, step.lateReason ?? record.approvalLateReason, rules)
        : null,
    apply: (record, step, ctx) => ({
      record: applyApprovalDecision(
        { ...set(record, { approvalSubmitted: record.dates.approvalSubmitted ?? step.date }), approvalLateReason: step.lateReason },
        step.date,
        step.approved,
        ctx.ruleSets,
      ),
      signOff: null,
      details: { approved: step.approved, lateReason: step.lateReason },
    }),
  },
  placement: {
    statuses: ['probationary'],
    after: () => ['approval'],
    number: () => n('placement'),
    check: (record) => done(record, 'placement'),
    apply: (record, step) => ({ record: set(record, { placement: step.date }), signOff: null, details: { partyGroup: step.partyGroup } }),
  },
  oath: {
    statuses: ['probationary'],
    after: () => ['approval'],
    number: () => n('oath'),
    check: (record, step) => done(record, 'oath') ?? oathRefusal(step.heldBy),
    apply: (record, step) => ({ record: set(record, { oath: step.date }), signOff: null, details: { heldBy: step.heldBy } }),
  },
  conversion_application: {
    statuses: ['probationary'],
    after: () => ['approval'],
    number: () => n('conversion_application'),
    check: (record, step) => done(record, 'conversion_application') ?? conversionTimingRefusal(step.date, record.dates.probationEnd!),
    apply: (record, step) => ({ record: set(record, { conversionApplication: step.date }), signOff: null }),
  },
  conversion_meeting: {
    statuses: ['probationary'],
    after: () => ['conversion_application'],
    number: () => n('conversion_meeting'),
    check: (record, step, ctx, rules) => {
      const already = done(record, 'conversion_meeting', '支部大会讨论转正');
      if (already) return already;
      const roll = votersRefusal(step, ctx);
      if (roll) return roll;
      const early = conversionTimingRefusal(step.date, record.dates.probationEnd!);
      if (early) return early;
      const extended = record.extension !== null;
      if (!allowedOutcomes(extended).includes(step.resolution))
        return breach('预备期只能延长一次；延长期满只能按期转正或取消预备党员资格');
      if (step.resolution === 'extend') {
        const refusal = extensionRefusal(extended, step.extensionMonths, rules);
        if (refusal) return refusal;
      }
      const problems = voteProblems(step.vote);
      return problems.length ? breach(`表决票数不一致：${problems.join('；')}`) : null;
    },
    apply: (record, step) => {
      const outcome = countVote(step.vote);
      const extensionMonths = step.resolution === 'extend' ? step.extensionMonths : null;
      const vote = {
        kind: 'conversion' as const,
        date: step.date,
        counts: step.vote,
        outcome,
        resolution: step.resolution,
        extensionMonths,
        seq: record.entries.length + 1,
      };
      const next = { ...record, votes: [...record.votes, vote] };
      const details = { vote: step.vote, outcome, resolution: step.resolution, extensionMonths };
      if (!outcome.passed) return { record: next, signOff: null, details };
      return {
        record: {
          ...set(next, { conversionMeeting: step.date }),
          resolution: { kind: step.resolution, meetingDate: step.date, extensionMonths },
        },
        signOff: null,
        details,
      };
    },
  },
  submit_conversion_approval: {
    statuses: ['probationary'],
    after: () => ['conversion_meeting'],
    number: () => n('conversion_approval'),
    check: (record, step, ctx) =>
      (record.dates.conversionSubmitted ? wrongStep('已报上级党委审批') : null) ??
      (ctx.untimedDecisions ? null : conversionTimingOn(record, ctx.today, step.lateReason ?? null, ctx)),
    apply: (record, step, ctx) => ({
      record: { ...set(record, { conversionSubmitted: ctx.today }), conversionLateReason: step.lateReason ?? null },
      signOff: 'conversion_approval',
      details: step.lateReason ? { lateReason: step.lateReason } : undefined,
    }),
  },
  conversion_decision: {
    statuses: ['probationary'],
    after: () => ['conversion_meeting'],
    number: () => n('conversion_approval'),
    check: (record, step, ctx) =>
      step.approved && !ctx.untimedDecisions
        ? conversionTimingOn(record, step.date, step.lateReason ?? record.conversionLateReason ?? null, ctx)
        : null,
    apply: (record, step, ctx) => ({
      record: applyConversionDecision(
        {
          ...set(record, { conversionSubmitted: record.dates.conversionSubmitted ?? step.date }),
          conversionLateReason: step.lateReason ?? record.conversionLateReason ?? null,
        },
        step.date,
        step.approved,
        ctx.ruleSets,
      ),
      signOff: null,
      details: { approved: step.approved, resolution: record.resolution?.kind },
    }),
  },
  archive: {
    statuses: ['full'],
    after: () => ['conversion_approval'],
    number: () => n('archive'),
    check: (record) => done(record, 'archive'),
    apply: (record, step) => ({
      record: set(record, { archived: step.date }),
      signOff: null,
      details: { location: step.location, items: step.items },
    }),
  },
  evidence: {
    statuses: [...pre, 'probationary', 'full'],
    after: () => ['application'],
    number: (_r, step) => step.step,
    check: (record, step) => {
      const def = Object.values(stepByKey).find((s) => s.number === step.step)!;
      return stepDone(record, def.key) || record.entries.some((e) => e.step === step.step)
        ? null
        : wrongStep(`第${step.step}步“${def.zh}”尚未办理，不能补充材料`);
    },
    apply: (record) => ({ record, signOff: null }),
  },
  transfer: {
    statuses: [...pre, 'probationary', 'full'],
    after: () => ['application'],
    number: () => null,
    check: (record, _step, ctx) => {
      const to = ctx.action.toOrg;
      if (!to) return breach('未找到转入的党支部');
      if (to.id === record.org.id) return breach('转入的党支部与当前党支部相同');
      return null;
    },
    apply: (record, step, ctx) => {
      const to = ctx.action.toOrg!;
      return {
        record: {
          ...record,
          org: { id: to.id, name: to.name, idPath: to.idPath },
          approvingCommittee: to.approvingCommittee,
        },
        signOff: null,
        details: { from: { id: record.org.id, name: record.org.name }, to: { id: to.id, name: to.name }, reason: step.reason },
      };
    },
  },
  transfer_out: {
    statuses: [...pre, 'probationary', 'full'],
    after: () => ['application'],
    number: () => null,
    apply: (record, step) => ({
      record: { ...set(record, { closed: step.date }), status: 'transferred_out', closedReason: `转出至${step.to}：${step.reason}` },
      signOff: null,
      details: { to: step.to },
    }),
  },
  replace_mentor: {
    statuses: ['activist', 'candidate'],
    after: () => ['mentors'],
    number: () => n('mentors'),
    check: (record, step, ctx) =>
      (record.mentors.some((m) => m.personId === step.replaces) ? null : breach('被更换的人不是现任培养联系人')) ??
      (record.mentors.some((m) => m.personId === step.mentor.personId) ? breach('新的培养联系人已在任') : null) ??
      memberRefusal('培养联系人', step.mentor, ctx.action.people.find((p) => p.personId === step.mentor.personId), step.date),
    apply: (record, step, ctx) => {
      const [added] = peopleOf(ctx, [step.mentor.personId]);
      return {
        record: { ...record, mentors: record.mentors.map((m) => (m.personId === step.replaces ? added : m)) },
        signOff: null,
        details: { replaces: record.mentors.find((m) => m.personId === step.replaces), by: added, reason: step.reason },
      };
    },
  },
  replace_sponsor: {
    statuses: ['candidate', 'probationary'],
    after: () => ['sponsors'],
    number: () => n('sponsors'),
    check: (record, step, ctx) =>
      (record.sponsors.some((s) => s.personId === step.replaces) ? null : breach('被更换的人不是现任入党介绍人')) ??
      (record.sponsors.some((s) => s.personId === step.sponsor.personId) || step.sponsor.personId === record.person.personId
        ? breach('新的入党介绍人不能是现任介绍人或发展对象本人')
        : null) ??
      memberRefusal('入党介绍人', step.sponsor, ctx.action.people.find((p) => p.personId === step.sponsor.personId), step.date),
    apply: (record, step, ctx) => {
      const [added] = peopleOf(ctx, [step.sponsor.personId]);
      return {
        record: { ...record, sponsors: record.sponsors.map((s) => (s.personId === step.replaces ? added : s)) },
        signOff: null,
        details: {
          replaces: record.sponsors.find((s) => s.personId === step.replaces),
          by: added,
          declaration: step.sponsor,
          reason: step.reason,
        },
      };
    },
  },
  withdraw: {
    statuses: pre,
    after: () => ['application'],
    number: () => null,
    apply: (record, step) => ({
      record: { ...set(record, { closed: step.date }), status: 'withdrawn', closedReason: step.reason },
      signOff: null,
    }),
  },
  drop: {
    statuses: ['activist', 'candidate'],
    after: () => ['activist'],
    number: () => null,
    apply: (record, step) => ({
      record: { ...set(record, { closed: step.date }), status: 'dropped', closedReason: step.reason },
      signOff: null,
      details: { droppedAs: record.status },
    }),
  },
  redo_admission: {
    statuses: ['candidate'],
    after: () => ['committee_review'],
    number: () => n('committee_review'),
    check: (record, _step, ctx) => {
      const rules = ruleSetOn(ctx.ruleSets, ctx.today);
      const meeting = record.dates.admissionMeeting;
      const lapsed = meeting !== null && record.dates.approval === null && ctx.today > approvalLatest(meeting, rules);
      const preReviewFailed = record.preReviewPassed === false;
      if (!lapsed && !preReviewFailed && record.dates.committeeReview !== null)
        return wrongStep('只有审批期限已过或预审未通过时，才重新履行接收程序');
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
