import {
  type CaseRecord,
  type StepKey,
  stepDefinitions,
  type TimelineStep,
} from '@bastion/development-contracts';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';
import { earliestActivist, earliestCandidate, probationEnd } from '../timing';
import { isClosed, stepDate, stepDone } from './case-state';
import { caseClocks } from './clocks';
import { stepRules } from './step-rules';

const latest = (...dates: (string | null)[]) => dates.reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);

/**
 * The 25 steps as the case page shows them: done with their date and entries; the ones that may
 * be taken now with their due date (or first allowed date) and the rule behind it; the ones to
 * come with the earliest date the rules allow if everything runs on time.
 */
export function caseTimeline(record: CaseRecord, ctx: RuleContext): TimelineStep[] {
  const clocks = caseClocks(record, ctx);
  const rules = ruleSetOn(ctx.ruleSets, ctx.today);
  const closed = isClosed(record);
  const predicted = new Map<StepKey, string>();
  const dateOr = (key: StepKey) => stepDate(record, key) ?? predicted.get(key) ?? null;

  return stepDefinitions.map((def) => {
    const entries = record.entries.filter((e) => e.step === def.number).map((e) => e.seq);
    const doneOn = stepDone(record, def.key) ? stepDate(record, def.key) : null;
    const prereqs = prerequisitesOf(def.key);
    const ready = prereqs.every((k) => stepDone(record, k));
    const base = { number: def.number, key: def.key, stage: def.stage, entries, rule: ruleText(def.key) };
    if (doneOn || stepDone(record, def.key)) {
      predicted.set(def.key, doneOn ?? ctx.today);
      return { ...base, state: 'done' as const, date: doneOn, due: null, earliest: null, predicted: null };
    }
    if (record.directAdmission && def.number < 19)
      return { ...base, state: 'skipped' as const, date: null, due: null, earliest: null, predicted: null };
    if (closed) return { ...base, state: 'not_reached' as const, date: null, due: null, earliest: null, predicted: null };
    const clock = clocks.find((c) => clockStep[c.key] === def.key);
    const earliest = earliestFor(def.key, record, rules, dateOr);
    const guess = latest(ctx.today, earliest, ...prereqs.map(dateOr));
    if (guess) predicted.set(def.key, guess);
    if (ready)
      return {
        ...base,
        state: 'current' as const,
        date: null,
        due: clock?.kind === 'deadline' ? clock.due : null,
        earliest: clock?.kind === 'opens' ? clock.due : earliest,
        predicted: null,
        rule: clock?.rule ?? base.rule,
      };
    return { ...base, state: 'coming' as const, date: null, due: null, earliest: null, predicted: guess };
  });
}

const clockStep: Partial<Record<string, StepKey>> = {
  talk: 'talk',
  candidacy: 'candidate',
  assessment: 'education',
  pre_review: 'pre_review',
  admission_meeting: 'admission_meeting',
  approval: 'approval',
  oath: 'oath',
  probation_end: 'conversion_application',
  conversion_approval: 'conversion_approval',
  archive: 'archive',
};

function prerequisitesOf(key: StepKey): StepKey[] {
  const byStep: Partial<Record<StepKey, StepKey[]>> = {
    talk: ['application'],
    activist: ['talk'],
    activist_filing: ['activist'],
    mentors: ['activist'],
    education: ['activist'],
    candidate: stepRules.decide_candidate.after({} as CaseRecord, {} as never) as StepKey[],
    candidate_filing: ['candidate'],
    sponsors: ['candidate'],
    political_review: ['candidate'],
    concentrated_training: ['candidate'],
    committee_review: stepRules.committee_review.after({} as CaseRecord, {} as never) as StepKey[],
    pre_review: ['committee_review'],
    application_form: ['pre_review'],
    admission_meeting: ['application_form'],
    approval_talk: ['admission_meeting'],
    approval: ['admission_meeting', 'approval_talk'],
    approval_filing: ['approval'],
    placement: ['approval'],
    oath: ['approval'],
    probation_education: ['approval'],
    conversion_application: ['approval'],
    conversion_meeting: ['conversion_application'],
    conversion_approval: ['conversion_meeting'],
    archive: ['conversion_approval'],
  };
  return byStep[key] ?? [];
}

function earliestFor(
  key: StepKey,
  record: CaseRecord,
  rules: ReturnType<typeof ruleSetOn>,
  dateOr: (k: StepKey) => string | null,
): string | null {
  const activist = dateOr('activist');
  const meeting = dateOr('admission_meeting');
  switch (key) {
    case 'activist':
      return earliestActivist(record.dates.application, rules);
    case 'candidate':
      return activist ? earliestCandidate(activist, rules) : null;
    case 'conversion_application':
    case 'conversion_meeting':
      return record.dates.probationEnd ?? (meeting ? probationEnd(meeting, rules) : null);
    default:
      return null;
  }
}

function ruleText(key: StepKey): string | null {
  switch (key) {
    case 'application':
      return '年满十八岁（《细则》第五条）';
    case 'talk':
      return '一个月内派人谈话（《细则》第七条）';
    case 'education':
      return '每半年考察一次（《细则》第十一条）';
    case 'candidate':
      return '确定为入党积极分子满一年（《细则》第十三条）';
    case 'sponsors':
      return '两名正式党员（《细则》第十四条）';
    case 'political_review':
      return '未经政治审查或审查不合格的，不能发展入党（《细则》第十六条）';
    case 'concentrated_training':
      return '一般不少于三天或二十四个学时（《细则》第十七条）';
    case 'committee_review':
      return '三个月内将离开工作单位的，一般不办理接收手续（《细则》第十九条）';
    case 'admission_meeting':
      return '到会有表决权的正式党员超过应到会人数的半数；赞成人数超过应到会有表决权的正式党员的半数';
    case 'approval':
      return '支部大会决议后三个月内审批，特殊情况不超过六个月';
    case 'oath':
      return '由基层党委或党支部组织，党小组不能组织';
    case 'conversion_application':
      return '预备期一年，自支部大会通过之日算起；不能提前转正';
    case 'conversion_meeting':
      return '按期转正、延长预备期（一次，六个月至一年）或取消预备党员资格';
    case 'conversion_approval':
      return '支部大会讨论转正后三个月内审批';
    default:
      return null;
  }
}
