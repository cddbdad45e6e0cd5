import {
  type CaseAction,
  type CaseRecord,
  DevelopmentErrorCode,
  developmentStatusLabels,
  type Refusal,
  stepByKey,
  stepCapacities,
} from '@bastion/development-contracts';
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
  if (isFinished(record)) return wrongStep(`该案已结束（${developmentStatusLabels[record.status].zh}）`);
  if (!ctx.migrated && step.type in stepCapacities) {
    const needs = stepCapacities[step.type as keyof typeof stepCapacities];
    if (!needs.some((c) => action.capacities.includes(c)))
      return { code: DevelopmentErrorCode.NotAllowed, message: '您在该案中没有办理此步骤的权限' };
  }
  const rule = stepRules[step.type] as StepRule<AnyStep['type']>;
  if (!rule.statuses.includes(record.status))
    return wrongStep(`当前为${developmentStatusLabels[record.status].zh}，不能办理此步骤`);
  const after = rule.after(record, step as never);
  const missing = after.filter((key) => !stepDone(record, key));
  if (missing.length) return wrongStep(`须先完成：${missing.map((k) => `第${stepByKey[k].number}步“${stepByKey[k].zh}”`).join('、')}`);
  const date = dateOf(step, ctx.today);
  if (date > ctx.today) return { code: DevelopmentErrorCode.BadDate, message: `日期${date}晚于今天（${ctx.today}）` };
  const before = latestOf(...after.map((key) => stepDate(record, key)));
  if (before && date < before) return { code: DevelopmentErrorCode.BadDate, message: `日期${date}早于前一步骤的日期（${before}）` };
  if (record.pending && blockedWhilePending.has(step.type))
    return { code: DevelopmentErrorCode.Pending, message: '该案有审批正在进行，请待审批结束后再办理' };
  const rules = ruleSetOn(ctx.ruleSets, date);
  const stepCtx: StepContext = { ...ctx, action: ctx.action ?? action };
  return rule.check?.(record, step as never, stepCtx, rules) ?? null;
}
