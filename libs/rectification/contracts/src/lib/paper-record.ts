import { catalogueLabels } from '@bastion/messages';
import { z } from 'zod';
import {
  idempotencyKeySchema,
  idSchema,
  localDateSchema,
  multiline,
  personRefSchema,
  stepFields,
} from '@bastion/shared-contracts';
import { itemTextSchema } from './item';

const on = localDateSchema;
/** As the live steps: at most 20 files a step. */
const { note, requiredNote, files } = stepFields(20);
/** Who signed a decision taken on paper, where the record names them. */
const signedBy = personRefSchema.optional();

/**
 * One step of an item's paper record (纸质台账), on the date it was really taken. Each is checked
 * by the rule of the live step on that date; decisions taken on paper close the sign-off the step
 * before opened.
 */
export const paperItemStepSchema = z.discriminatedUnion('type', [
  /** 交办 */
  z.strictObject({
    type: z.literal('assign'),
    on,
    owner: personRefSchema,
    leader: personRefSchema,
    deadline: localDateSchema,
    note,
  }),
  /** 整改方案 sent for approval */
  z.strictObject({
    type: z.literal('submit_plan'),
    on,
    measures: multiline.trim().min(1).max(4000),
    target: multiline.trim().min(1).max(1000),
    note,
  }),
  /** 方案审批 decided on paper */
  z.strictObject({ type: z.literal('plan_decision'), on, approved: z.boolean(), signedBy, note }),
  z.strictObject({
    type: z.literal('progress'),
    on,
    percent: z.int32().min(0).max(100),
    note: requiredNote,
  }),
  /** 佐证材料: kept on paper (counts as one piece) or scanned and uploaded. */
  z.strictObject({
    type: z.literal('evidence'),
    on,
    note: requiredNote,
    files,
  }),
  /** 申请延期 */
  z.strictObject({
    type: z.literal('request_extension'),
    on,
    newDeadline: localDateSchema,
    reason: requiredNote,
  }),
  z.strictObject({ type: z.literal('extension_decision'), on, approved: z.boolean(), signedBy, note }),
  /** 提交验收 */
  z.strictObject({ type: z.literal('submit_acceptance'), on, note: requiredNote }),
  /**
   * 验收 decided on paper: passed closes the item (销号) on that date, its look-back on the date the
   * paper set or by the rule; failed gives the second round the paper set (no later than the rule
   * allows) or the rule's.
   */
  z.strictObject({
    type: z.literal('acceptance_decision'),
    on,
    passed: z.boolean(),
    signedBy,
    note,
    newDeadline: localDateSchema.optional(),
    lookBackDue: localDateSchema.optional(),
  }),
  /** 回头看 */
  z.strictObject({
    type: z.literal('look_back'),
    on,
    holds: z.boolean(),
    note: requiredNote,
    newDeadline: localDateSchema.optional(),
  }),
]);
export type PaperItemStep = z.infer<typeof paperItemStepSchema>;
export type PaperItemStepInput = z.input<typeof paperItemStepSchema>;
export type PaperItemStepType = PaperItemStep['type'];
export const paperItemStepTypes = paperItemStepSchema.options.map((o) => o.shape.type.value);

export const paperItemStepLabels = catalogueLabels('rectification.paper_step', paperItemStepTypes);

/** An item's paper record as the workflow takes it: the registration date and every step since. */
export const paperRecordSchema = z.strictObject({
  registeredOn: localDateSchema,
  steps: z.array(paperItemStepSchema).max(100),
});
export type PaperRecord = z.infer<typeof paperRecordSchema>;

/**
 * `POST /api/rectification/batches/:id/items/migrate`: an item already under way on paper when
 * the organisation moved to Bastion, with its real dates. Refused whole when any step breaks a
 * rule; nothing is started then.
 */
export const migrateItemSchema = z.strictObject({
  text: itemTextSchema,
  /** The responsible organisation: the inspected organisation or a node below it. */
  orgId: idSchema,
  registeredOn: localDateSchema,
  /** A deadline set at registration, before assignment. */
  deadline: localDateSchema.optional(),
  steps: z.array(paperItemStepSchema).max(100),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type MigrateItem = z.infer<typeof migrateItemSchema>;
export type MigrateItemInput = z.input<typeof migrateItemSchema>;

/**
 * One thing the rules refuse in a paper record: the step (its index in `steps`, or -1 for the
 * record itself) and the field, with the rule's reason.
 */
export interface PaperProblem {
  index: number;
  type: PaperItemStepType | 'record';
  field: string;
  code: string;
  problem: string;
}
