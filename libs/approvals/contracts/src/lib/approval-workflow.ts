import { z } from 'zod';
import { idSchema, line, multiline, personRefSchema } from '@bastion/shared-contracts';
import { routeSchema } from './route';
import { subjectSchema } from './subject';

export const APPROVALS_TASK_QUEUE = 'approvals';

/** The approval workflow's type name, for starting it as a child from other services. */
export const APPROVAL_WORKFLOW = 'approval';

/** Where a procedure starts its sign-offs (`startSignOff` in `@bastion/workflow-kit`). */
export const SIGN_OFF_ENGINE = { workflowType: APPROVAL_WORKFLOW, taskQueue: APPROVALS_TASK_QUEUE } as const;

/**
 * A request's workflow id derives from its parent's id and the parent's step, so a parent that
 * retries the start reaches the same request instead of opening a second one.
 */
export function approvalWorkflowId(parentWorkflowId: string, step: string): string {
  return `approval/${parentWorkflowId}/${step}`;
}

/** The workflow id of a general request (通用请示). */
export function generalRequestWorkflowId(requestId: string): string {
  return `general-request/${requestId}`;
}

export const approvalInputSchema = z.strictObject({
  requestId: idSchema,
  subject: subjectSchema,
  route: routeSchema,
  template: z
    .strictObject({ id: idSchema, version: z.int32(), name: line })
    .nullable()
    .default(null),
  /** History events after which the request carries on in a fresh run (continue-as-new). */
  continueAfterEvents: z.int32().min(50).max(40_000).default(4_000),
});
export type ApprovalInput = z.infer<typeof approvalInputSchema>;

/**
 * A general request's input: an approval's, except that the organisation is named by id only —
 * the workflow copies its name and path from the identity service when it starts, as the record
 * should show them.
 */
export const generalRequestInputSchema = approvalInputSchema.extend({
  subject: subjectSchema.extend({ org: z.strictObject({ id: idSchema }) }),
});
export type GeneralRequestInput = z.infer<typeof generalRequestInputSchema>;
export type ApprovalInputShape = z.input<typeof approvalInputSchema>;

/** How a request ended; `no_assignee`: a stage's rule found nobody to sign (not a lapse of time, as `expired` is). */
export const outcomeSchema = z.enum(['approved', 'rejected', 'withdrawn', 'expired', 'no_assignee']);
export type Outcome = z.infer<typeof outcomeSchema>;

export const decisionSchema = z.object({
  stageIndex: z.int32(),
  stageName: line,
  actor: personRefSchema.nullable(),
  action: line,
  automatic: z.boolean(),
  opinion: multiline.nullable(),
  at: z.iso.datetime(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** What the parent gets back: the outcome and who decided what. */
export interface ApprovalResult {
  requestId: string;
  outcome: Outcome;
  decidedAt: string;
  trail: Decision[];
}

/** Update, query and signal names of the approval workflow. */
export const APPROVAL_ACT_UPDATE = 'act';
export const APPROVAL_STATE_QUERY = 'state';
