import {
  type CaseRecord,
  DevelopmentErrorCode,
  type Refusal,
  type StepKey,
  stepByKey,
  type VoteCounts,
} from '@bastion/development-contracts';
import { composedText, type TextKey } from '@bastion/messages';
import { decisionTime, decisionTimeRefusal } from '../../decision-time';
import { ruleSetOn } from '../../rule-set-on';
import type { RuleContext } from '../../rule-context';
import { breach, refuse, wrongStep } from '../../rule-refusal';
import { rollRefusal } from '../../vote';
import { stepDone } from '../case-state';
import type { StepContext } from './step-rule';

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
