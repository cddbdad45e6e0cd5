import { type TextRef, textCatalogue, textRef } from '@bastion/messages';
import {
  type CaseRecord,
  type Clock,
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
        rule: clock ? clockRule(clock, record) : base.rule,
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

/** The steps whose timing a rule of the book governs; its words are `development.timing.<step>`. */
const timedSteps = [
  'application',
  'talk',
  'education',
  'candidate',
  'sponsors',
  'political_review',
  'concentrated_training',
  'committee_review',
  'admission_meeting',
  'approval',
  'oath',
  'conversion_application',
  'conversion_meeting',
  'conversion_approval',
] as const satisfies readonly StepKey[];

function ruleText(key: StepKey): TextRef | null {
  return (timedSteps as readonly StepKey[]).includes(key) ? textRef(`development.timing.${key as (typeof timedSteps)[number]}`) : null;
}

/** The rule a clock runs by; the committee's approval has a longer one once a reason is on record. */
export function clockRule(clock: Pick<Clock, 'key'>, record: Pick<CaseRecord, 'approvalLateReason'>): TextRef {
  return textRef(
    clock.key === 'approval' && record.approvalLateReason ? 'development.clock.approval_extended.rule' : `development.clock.${clock.key}.rule`,
  );
}

/**
 * The rule of a clock as a record or the read model kept it (the catalogue's Chinese words): the
 * committee's approval runs by its longer rule when those words are the longer rule's.
 */
export function storedClockRule(clock: Pick<Clock, 'key' | 'rule'>): TextRef {
  const extended = clock.key === 'approval' && clock.rule === textCatalogue['development.clock.approval_extended.rule'].zh;
  return clockRule(clock, { approvalLateReason: extended ? clock.rule : null });
}
