import { z } from 'zod';
import { idSchema, line, personRefSchema } from '@bastion/shared-contracts';
import { roleSchema } from '@bastion/identity-contracts';

/** Where a role is looked up, relative to the request's organisation. */
export const orgAnchorSchema = z.discriminatedUnion('kind', [
  /** A fixed node of the tree. */
  z.strictObject({ kind: z.literal('org'), orgId: idSchema, name: line.optional() }),
  /** The request's own organisation, or a node that many levels above it. */
  z.strictObject({ kind: z.literal('subject_org'), levelsUp: z.int32().min(0).max(6).default(0) }),
  /** The committee that approves the request organisation's admissions. */
  z.strictObject({ kind: z.literal('approving_committee') }),
]);
export type OrgAnchor = z.infer<typeof orgAnchorSchema>;

export const assigneeRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('people'), people: z.array(personRefSchema).min(1).max(50) }),
  z.strictObject({ kind: z.literal('role'), role: roleSchema, at: orgAnchorSchema }),
]);
export type AssigneeRule = z.infer<typeof assigneeRuleSchema>;

/**
 * 依次 sequential: each signer in turn; 会签 all: every signer; 或签 any: the first decision;
 * a share: at least k of the n signers, or p% of them, must approve (of signers, not of those who
 * happened to decide).
 */
export const stageModeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sequential') }),
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('any') }),
  z
    .strictObject({
      kind: z.literal('share'),
      atLeast: z.int32().min(1).optional(),
      percent: z.int32().min(1).max(100).optional(),
    })
    .refine((m) => (m.atLeast === undefined) !== (m.percent === undefined), 'give either atLeast or percent'),
]);
export type StageMode = z.infer<typeof stageModeSchema>;

/** 一票否决 veto: one rejection fails the stage; count: the stage ends when its outcome is certain. */
export const rejectPolicySchema = z.enum(['veto', 'count']);
export type RejectPolicy = z.infer<typeof rejectPolicySchema>;

export const durationSchema = z.strictObject({
  amount: z.int32().min(1).max(365),
  unit: z.enum(['working_days', 'calendar_days']),
});
export type Duration = z.infer<typeof durationSchema>;

/** What happens when a task's time runs out. */
export const expiryActionSchema = z.discriminatedUnion('kind', [
  /** Remind again, up to `times` more times, one limit apart; then the request expires. */
  z.strictObject({ kind: z.literal('remind'), times: z.int32().min(1).max(10) }),
  /** 上级督办: the same role one level up the tree takes the task. */
  z.strictObject({ kind: z.literal('escalate') }),
  /** Only where the template allows automatic decisions. */
  z.strictObject({ kind: z.literal('auto_approve') }),
  z.strictObject({ kind: z.literal('auto_reject') }),
]);
export type ExpiryAction = z.infer<typeof expiryActionSchema>;

export const stageSchema = z.strictObject({
  name: line.trim().min(1).max(50),
  assignees: assigneeRuleSchema,
  mode: stageModeSchema,
  rejectPolicy: rejectPolicySchema.default('veto'),
  timeLimit: durationSchema.nullable().default(null),
  /** Days (in the limit's unit) before the limit when the assignees are reminded. */
  remindBefore: z.int32().min(0).max(30).default(1),
  onExpiry: expiryActionSchema.default({ kind: 'remind', times: 2 }),
  requires: z
    .strictObject({ opinion: z.boolean(), attachments: z.boolean(), signature: z.boolean() })
    .default({ opinion: false, attachments: false, signature: false }),
  /** People informed when the stage opens. */
  cc: z.array(assigneeRuleSchema).max(10).default([]),
});
export type Stage = z.infer<typeof stageSchema>;
export type StageInput = z.input<typeof stageSchema>;

export const routeSettingsSchema = z.strictObject({
  /** A rejection ends the request, or sends it back to the submitter to correct. */
  onReject: z.enum(['end', 'return_to_submitter']).default('end'),
  /** After a return to the submitter, the route resumes at the stage that returned it, or from the start. */
  resubmitFrom: z.enum(['returning_stage', 'start']).default('returning_stage'),
  /** The submitter among a stage's assignees: skipped (recorded as an automatic pass) or asked. */
  submitterAsAssignee: z.enum(['skip', 'act']).default('act'),
  /** Someone who approved the previous stage and is asked again: skipped or asked. */
  sameAssigneeConsecutive: z.enum(['skip', 'act']).default('act'),
  /** A rule that finds nobody: look one level up the tree, or hand it to the process administrators. */
  whenNobody: z.enum(['escalate', 'process_admin']).default('escalate'),
  processAdmins: z.array(personRefSchema).max(10).default([]),
  /** The submitter may withdraw until someone acts, or at any time. */
  withdraw: z.enum(['until_first_action', 'anytime']).default('until_first_action'),
  /** An approver may undo their decision while the next stage is untouched. */
  allowRecall: z.boolean().default(true),
  /** Whether a stage may approve or reject by itself when its time runs out. */
  allowAutoDecision: z.boolean().default(false),
  /** The least time between two urges of the same request. */
  urgeIntervalMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
});
export type RouteSettings = z.infer<typeof routeSettingsSchema>;

export const routeSchema = z
  .strictObject({ stages: z.array(stageSchema).min(1).max(20), settings: routeSettingsSchema })
  .superRefine((route, ctx) => {
    if (route.settings.whenNobody === 'process_admin' && route.settings.processAdmins.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['settings', 'processAdmins'],
        message: 'name at least one process administrator',
      });
    }
    route.stages.forEach((stage, i) => {
      const auto = stage.onExpiry.kind === 'auto_approve' || stage.onExpiry.kind === 'auto_reject';
      if (auto && !route.settings.allowAutoDecision) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'onExpiry'],
          message: 'automatic decisions are not allowed by this template',
        });
      }
      if (stage.onExpiry.kind !== 'remind' && !stage.timeLimit) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'onExpiry'], message: 'needs a time limit' });
      }
      if (
        stage.mode.kind === 'share' &&
        stage.mode.atLeast &&
        stage.assignees.kind === 'people' &&
        stage.mode.atLeast > stage.assignees.people.length
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'mode', 'atLeast'],
          message: 'more than the named signers',
        });
      }
    });
  });
export type Route = z.infer<typeof routeSchema>;
export type RouteInput = z.input<typeof routeSchema>;
