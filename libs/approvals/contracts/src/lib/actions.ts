import { z } from 'zod';
import {
  idempotencyKeySchema,
  idSchema,
  line,
  multiline,
  personRefSchema,
  sha256Schema,
} from '@bastion/shared-contracts';

const opinion = multiline.trim().max(2000).optional();
const attachments = z
  .array(z.strictObject({ id: idSchema, name: line.max(200), sha256: sha256Schema }))
  .max(20)
  .default([]);
const signature = z.strictObject({ attachmentId: idSchema, sha256: sha256Schema }).optional();

/** Fields every action carries: who acts, and a key that makes a repeated click one action. */
const base = {
  idempotencyKey: idempotencyKeySchema,
  opinion,
  attachments,
  signature,
};

export const returnTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stage'), stageIndex: z.int32().min(0) }),
  z.strictObject({ kind: z.literal('submitter') }),
]);
export type ReturnTarget = z.infer<typeof returnTargetSchema>;

export const addSignerPositionSchema = z.enum(['before', 'after', 'alongside']);

/** An action as the HTTP API takes it (`POST /requests/:id/actions`); the actor comes from the token. */
export const actionRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('approve'), ...base }),
  z.strictObject({ type: z.literal('reject'), ...base }),
  z.strictObject({ type: z.literal('return'), ...base, target: returnTargetSchema }),
  z.strictObject({ type: z.literal('resubmit'), ...base }),
  z.strictObject({ type: z.literal('transfer'), ...base, to: personRefSchema }),
  z.strictObject({ type: z.literal('delegate'), ...base, to: personRefSchema }),
  z.strictObject({
    type: z.literal('add_signer'),
    ...base,
    signers: z.array(personRefSchema).min(1).max(10),
    position: addSignerPositionSchema,
    mode: z.enum(['all', 'any', 'sequential']).default('all'),
  }),
  z.strictObject({ type: z.literal('remove_signer'), ...base, taskId: line.min(1).max(100) }),
  z.strictObject({ type: z.literal('cc'), ...base, people: z.array(personRefSchema).min(1).max(20) }),
  z.strictObject({ type: z.literal('withdraw'), ...base }),
  z.strictObject({ type: z.literal('recall'), ...base }),
  z.strictObject({ type: z.literal('urge'), ...base }),
  z.strictObject({ type: z.literal('comment'), ...base, opinion: multiline.trim().min(1).max(2000) }),
]);
export type ActionRequest = z.infer<typeof actionRequestSchema>;

export type ActionType = ActionRequest['type'];
/** The actions by name, in the order the request schema lists them. */
export const actionTypeSchema = z.enum(
  actionRequestSchema.options.map((o) => o.shape.type.value) as [ActionType, ...ActionType[]],
);

/**
 * The actions that decide an open task, in the order the action panel offers them: only an
 * assignee with the task open (or delegated to them) takes one.
 */
export const taskDecisions: readonly ActionType[] = [
  'approve',
  'reject',
  'return',
  'transfer',
  'delegate',
  'add_signer',
];

/**
 * What the workflow's `act` update receives: the request plus the actor as the service
 * established them from the token, and, for urges and comments by someone outside the request,
 * that the HTTP layer found them supervising the request's organisation.
 */
export type ActAction = ActionRequest & {
  actor: { personId: string; name: string; userId: string };
  supervisor?: boolean;
};

export interface ActResult {
  /** The ledger row written for this action. */
  seq: number;
  status: string;
}
