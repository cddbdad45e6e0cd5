import { catalogueLabels } from '@bastion/messages';
import { z } from 'zod';
import {
  idempotencyKeySchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  personRefSchema,
  stepFields,
} from '@bastion/shared-contracts';
import { itemTextSchema, milestoneSchema } from './item';

/** A step of an item attaches at most 20 files. */
const { note, requiredNote, files, requiredFiles } = stepFields(20);
const base = { idempotencyKey: idempotencyKeySchema };

/**
 * A human step on an item, as `POST /api/rectification/items/:id/actions` takes it. The actor
 * comes from the token; what they may do follows from their capacities on the item.
 */
export const itemActionRequestSchema = z.discriminatedUnion('type', [
  /** 交办: name the person in charge and the supervising leader (一岗双责), set the deadline. */
  z.strictObject({
    type: z.literal('assign'),
    ...base,
    owner: personRefSchema,
    leader: personRefSchema,
    deadline: localDateSchema,
    note,
  }),
  /** Correct what the finding says or the deadline, before the plan goes for approval. */
  z.strictObject({
    type: z.literal('edit'),
    ...base,
    text: itemTextSchema.partial(),
    deadline: localDateSchema.optional(),
  }),
  /** 整改方案: the measures and the target, sent for approval. */
  z.strictObject({
    type: z.literal('submit_plan'),
    ...base,
    measures: multiline.trim().min(1).max(4000),
    target: multiline.trim().min(1).max(1000),
    note,
    files,
  }),
  z.strictObject({
    type: z.literal('progress'),
    ...base,
    percent: z.int32().min(0).max(100),
    note: requiredNote,
    files,
  }),
  /** 佐证材料 */
  z.strictObject({
    type: z.literal('evidence'),
    ...base,
    note,
    files: requiredFiles,
  }),
  /** 提交验收 */
  z.strictObject({ type: z.literal('submit_acceptance'), ...base, note: requiredNote, files }),
  /** 申请延期: before the deadline only, with reasons and a new date. */
  z.strictObject({
    type: z.literal('request_extension'),
    ...base,
    newDeadline: localDateSchema,
    reason: requiredNote,
  }),
  /** 转长期整改: milestones instead of one deadline, and progress reported periodically. */
  z.strictObject({
    type: z.literal('long_term'),
    ...base,
    milestones: z.array(milestoneSchema).min(1).max(20),
    reportEveryMonths: z.int32().min(1).max(6),
    reason: requiredNote,
  }),
  z.strictObject({
    type: z.literal('milestone_done'),
    ...base,
    index: z.int32().min(0).max(19),
    note,
    files,
  }),
  /** 移交: to the discipline commission, the organisation department or a department. */
  z.strictObject({
    type: z.literal('hand_over'),
    ...base,
    to: line.trim().min(1).max(100),
    reason: requiredNote,
  }),
  /** Responsibility moves to a successor (restructuring, a new leader); recorded. */
  z.strictObject({
    type: z.literal('transfer'),
    ...base,
    orgId: idSchema.optional(),
    owner: personRefSchema.optional(),
    leader: personRefSchema.optional(),
    reason: requiredNote,
  }),
  /** 催办 */
  z.strictObject({ type: z.literal('urge'), ...base, note }),
  /** 挂牌督办 */
  z.strictObject({ type: z.literal('named_supervision'), ...base, on: z.boolean(), note }),
  /** 回头看: holds (stays closed) or relapsed (reopened with a new deadline). */
  z.strictObject({
    type: z.literal('look_back'),
    ...base,
    holds: z.boolean(),
    note: requiredNote,
    files,
    newDeadline: localDateSchema.optional(),
  }),
  /** 关联: the same problem found by another source — linked, so nobody rectifies it twice. */
  z.strictObject({
    type: z.literal('link'),
    ...base,
    itemIds: z.array(idSchema).min(1).max(10),
    note,
  }),
  z.strictObject({ type: z.literal('unlink'), ...base, itemId: idSchema, note }),
]);
export type ItemActionRequest = z.infer<typeof itemActionRequestSchema>;
export type ItemActionType = ItemActionRequest['type'];
export const itemActionTypes = itemActionRequestSchema.options.map((o) => o.shape.type.value);

/**
 * In what capacity someone acts on an item: an officer of the responsible organisation (or above
 * it), the person in charge, or a supervisor of the organisation. The HTTP layer establishes
 * them from the token and the item's organisation; the workflow's validator checks them again.
 */
export const capacitySchema = z.enum(['officer', 'owner', 'supervisor']);
export type Capacity = z.infer<typeof capacitySchema>;

/** What the item workflow's `act` update receives. */
export type ItemAction = ItemActionRequest & {
  actor: { personId: string; name: string; userId: string };
  capacities: Capacity[];
};

/** Which capacity each action needs (any one of them). */
export const actionCapacities: Record<ItemActionType, readonly Capacity[]> = {
  assign: ['officer', 'supervisor'],
  edit: ['officer', 'supervisor'],
  submit_plan: ['officer', 'owner'],
  progress: ['officer', 'owner'],
  evidence: ['officer', 'owner'],
  submit_acceptance: ['officer', 'owner'],
  request_extension: ['officer', 'owner'],
  long_term: ['officer', 'owner'],
  milestone_done: ['officer', 'owner'],
  hand_over: ['supervisor'],
  transfer: ['officer', 'supervisor'],
  urge: ['supervisor'],
  named_supervision: ['supervisor'],
  look_back: ['supervisor'],
  link: ['officer', 'supervisor'],
  unlink: ['officer', 'supervisor'],
};

export const itemActionLabels = catalogueLabels('rectification.action', itemActionTypes);
