import {
  type CaseAction,
  type CaseRecord,
  DevelopmentErrorCode,
  type Refusal,
  stepByKey,
  stepCapacities,
} from '@bastion/development-contracts';
import { composedText } from '@bastion/messages';
import { reasonPiece, refuse } from '../rule-refusal';
import { ruleSetOn } from '../rule-set-on';
import { isFinished, latestOf, stepDate, stepDone } from './case-state';
import { type AnyStep, type StepContext, type StepRule, stepRules, wrongStep } from './step-rules';

/** Steps that wait while a sign-off of the case is under way. */
const blockedWhilePending = new Set<AnyStep['type']>([
  'committee_review',
  'pre_review_result',
  'application_form',
  'admission_meeting',
  'approval_talk',
  'submit_approval',
  'approval_decision',
  'conversion_meeting',
  'submit_conversion_approval',
  'conversion_decision',
  'redo_admission',
  'direct_admission',
  'withdraw',
  'drop',
]);

function dateOf(step: AnyStep, today: string): string {
  return 'date' in step ? step.date : today;
}

/**
 * Why a step may not be taken now, or null. Checked in this order, so the answer names the first
 * thing to put right: the case is open; the actor may take it; the status allows it; the steps
 * before it are on record; its date is neither in the future nor before theirs; no sign-off is
 * under way; and the rule of the step itself.
 */
export function stepRefusal(
  record: CaseRecord,
  action: Omit<CaseAction, 'step'> & { step: AnyStep },
  ctx: Omit<StepContext, 'action'> & { action?: StepContext['action'] },
): Refusal | null {
  const step = action.step;
  const status = composedText(`development.status.${record.status}`);
  if (isFinished(record)) return wrongStep('case_ended', { status });
  if (!ctx.migrated && step.type in stepCapacities) {
    const needs = stepCapacities[step.type as keyof typeof stepCapacities];
    if (!needs.some((c) => action.capacities.includes(c)))
      return refuse(DevelopmentErrorCode.NotAllowed, 'no_capacity');
  }
  const rule = stepRules[step.type] as StepRule<AnyStep['type']>;
  if (!rule.statuses.includes(record.status)) return wrongStep('status_forbids', { status });
  const after = rule.after(record, step as never);
  const missing = after.filter((key) => !stepDone(record, key));
  if (missing.length) {
    const steps = missing.map((k, i) =>
      reasonPiece(i === 0 ? 'step_item' : 'another_step_item', {
        number: stepByKey[k].number,
        step: composedText(`development.step.${k}`),
      }),
    );
    return wrongStep('steps_first', { steps });
  }
  const date = dateOf(step, ctx.today);
  if (date > ctx.today)
    return refuse(DevelopmentErrorCode.BadDate, 'date_in_future', { date, today: ctx.today });
  const before = latestOf(...after.map((key) => stepDate(record, key)));
  if (before && date < before)
    return refuse(DevelopmentErrorCode.BadDate, 'date_before_previous', { date, before });
  if (record.pending && blockedWhilePending.has(step.type))
    return refuse(DevelopmentErrorCode.Pending, 'sign_off_pending');
  const rules = ruleSetOn(ctx.ruleSets, date);
  const stepCtx: StepContext = { ...ctx, action: ctx.action ?? action };
  return rule.check?.(record, step as never, stepCtx, rules) ?? null;
}
