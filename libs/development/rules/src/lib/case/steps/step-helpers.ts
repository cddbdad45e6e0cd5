import {
  type CaseRecord,
  DevelopmentErrorCode,
  type DevelopmentStatus,
  type NominatedMember,
  type Refusal,
  type StepKey,
  stepByKey,
  type VoteCounts,
  type VoteRecord,
} from '@bastion/development-contracts';
import { composedText, type TextKey } from '@bastion/messages';
import { decisionTime, decisionTimeRefusal } from '../../decision-time';
import { memberRefusal } from '../../eligibility';
import { ruleSetOn } from '../../rule-set-on';
import type { RuleContext } from '../../rule-context';
import { breach, refuse, wrongStep } from '../../rule-refusal';
import { countVote, rollRefusal } from '../../vote';
import { stepDone } from '../case-state';
import type { AnyStep, Applied, StepContext, StepOf, StepRule } from './step-rule';

/** What every stage's step rules share: refusals, the step number, date updates, named people. */

export { breach, wrongStep };
export const n = (key: StepKey) => stepByKey[key].number;
export const set = (record: CaseRecord, dates: Partial<CaseRecord['dates']>): CaseRecord => ({
  ...record,
  dates: { ...record.dates, ...dates },
});
export const done = (
  record: CaseRecord,
  key: StepKey,
  label: TextKey = `development.step.${key}`,
): Refusal | null => (stepDone(record, key) ? wrongStep('step_done', { step: composedText(label) }) : null);
export const peopleOf = (ctx: StepContext, ids: string[]) =>
  ids.map((id) => {
    const f = ctx.action.people.find((p) => p.personId === id);
    return { personId: id, name: f?.name ?? id };
  });

/** A person the step names (a mentor, a sponsor) as a member who may take the role on the step's date. */
export const nomineeRefusal = (
  role: '入党介绍人' | '培养联系人',
  nominee: NominatedMember,
  ctx: StepContext,
  date: string,
): Refusal | null =>
  memberRefusal(
    role,
    nominee,
    ctx.action.people.find((p) => p.personId === nominee.personId),
    date,
  );

/** One of the case's mentors or sponsors replaced by a newcomer: the list after, the one replaced and the one added. */
export function replacement(
  people: CaseRecord['mentors'],
  replaces: string,
  newcomer: string,
  ctx: StepContext,
) {
  const [added] = peopleOf(ctx, [newcomer]);
  return {
    people: people.map((p) => (p.personId === replaces ? added : p)),
    replaced: people.find((p) => p.personId === replaces),
    added,
  };
}

/** What a step that opens no sign-off applies: the record as it now stands, and what its entry records. */
export const recorded = (record: CaseRecord, details?: Record<string, unknown>): Applied => ({
  record,
  signOff: null,
  details,
});

/** The case closed on the date without membership (an exit), with the status and the reason it records. */
export const closed = (
  record: CaseRecord,
  date: string,
  status: DevelopmentStatus,
  closedReason: string,
): CaseRecord => ({ ...set(record, { closed: date }), status, closedReason });

/** A step that happened on a date of its own (not on the day it is sent). */
type DatedStep = Extract<AnyStep, { date: string }>;

/**
 * A step of the 25 taken once that puts its date on the case (the talk, the form, the oath …):
 * refused when it is on record already or by its own `check`; its entry records what `details`
 * takes from the step.
 */
export function datedStep<T extends DatedStep['type']>(
  key: StepKey,
  date: keyof CaseRecord['dates'],
  rule: {
    statuses: readonly DevelopmentStatus[];
    after: readonly StepKey[];
    check?: (record: CaseRecord, step: StepOf<T>) => Refusal | null;
    details?: (step: StepOf<T>) => Record<string, unknown>;
  },
): StepRule<T> {
  return {
    statuses: rule.statuses,
    after: () => rule.after,
    number: () => n(key),
    check: (record, step) => done(record, key) ?? rule.check?.(record, step) ?? null,
    apply: (record, step) =>
      recorded(set(record, { [date]: (step as DatedStep).date }), rule.details?.(step)),
  };
}

/** The statuses before admission, from which a case may still close without a decision. */
export const pre = ['applicant', 'activist', 'candidate'] as const;

/** The committee's decision on the conversion resolution, timed from the meeting by the rules of its date. */
export function conversionTimingOn(
  record: CaseRecord,
  on: string,
  lateReason: string | null,
  ctx: RuleContext,
): Refusal | null {
  const meeting = record.resolution?.meetingDate ?? record.dates.conversionMeeting;
  if (!meeting) return null;
  const rules = ruleSetOn(ctx.ruleSets, meeting);
  return decisionTimeRefusal(decisionTime('conversion', meeting, on, lateReason, rules), rules);
}

/**
 * A branch meeting's voters against the identity service's roll on its date. Without a roll the
 * vote is refused, except in histories recorded before votes were checked against it.
 */
export function votersRefusal(step: { date: string; vote: VoteCounts }, ctx: StepContext): Refusal | null {
  const roll = ctx.action.roll;
  if (roll) return rollRefusal(step.vote, roll, step.date);
  return ctx.votersFromRoll
    ? refuse(
        DevelopmentErrorCode.VotersNotOnRoll,
        'roll_unavailable',
        { date: step.date },
        { date: step.date },
      )
    : null;
}

/** Before a branch meeting's vote goes on record: the meeting not held already, its voters on the roll. */
export const meetingRefusal = (
  record: CaseRecord,
  key: 'admission_meeting' | 'conversion_meeting',
  step: { date: string; vote: VoteCounts },
  ctx: StepContext,
): Refusal | null => done(record, key, `development.refusal.label.${key}`) ?? votersRefusal(step, ctx);

/** The case with a branch meeting's vote on record, counted, numbered by the entry that records it. */
export function withVote(
  record: CaseRecord,
  step: { date: string; vote: VoteCounts },
  kind: VoteRecord['kind'],
  resolution: VoteRecord['resolution'],
  extensionMonths: number | null,
): { next: CaseRecord; outcome: VoteRecord['outcome'] } {
  const outcome = countVote(step.vote);
  const vote: VoteRecord = {
    kind,
    date: step.date,
    counts: step.vote,
    outcome,
    resolution,
    extensionMonths,
    seq: record.entries.length + 1,
  };
  return { next: { ...record, votes: [...record.votes, vote] }, outcome };
}
