import { z } from 'zod';
import { idSchema } from '@bastion/shared-contracts';
import { routeSchema } from './route';
import { subjectSchema } from './subject';
import { personRefSchema } from './people';

export const APPROVALS_TASK_QUEUE = 'approvals';

/** The approval workflow's type name, for starting it as a child from other services. */
export const APPROVAL_WORKFLOW = 'approval';

/**
 * A request's workflow id derives from its parent's id and the parent's step, so a parent that
 * retries the start reaches the same request instead of opening a second one.
 */
export function approvalWorkflowId(parentWorkflowId: string, step: string): string {
  return `approval/${parentWorkflowId}/${step}`;
}

export const approvalInputSchema = z.strictObject({
  requestId: idSchema,
  subject: subjectSchema,
  route: routeSchema,
  template: z
    .strictObject({ id: idSchema, version: z.number().int(), name: z.string() })
    .nullable()
    .default(null),
  /** History events after which the request carries on in a fresh run (continue-as-new). */
  continueAfterEvents: z.number().int().min(50).max(40_000).default(4_000),
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

export const outcomeSchema = z.enum(['approved', 'rejected', 'withdrawn', 'expired']);
export type Outcome = z.infer<typeof outcomeSchema>;

export const decisionSchema = z.object({
  stageIndex: z.number().int(),
  stageName: z.string(),
  actor: personRefSchema.nullable(),
  action: z.string(),
  automatic: z.boolean(),
  opinion: z.string().nullable(),
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
