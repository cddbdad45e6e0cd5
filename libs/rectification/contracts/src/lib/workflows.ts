import { z } from 'zod';
import {
  idSchema,
  line,
  localDateSchema,
  personRefSchema,
  requiredNoteSchema,
} from '@bastion/shared-contracts';
import { fileRefSchema, itemTextSchema, orgRefSchema } from './item';
import { paperRecordSchema } from './paper-record';
import { findingSourceSchema, sourceConfigSchema } from './sources';

export const RECTIFICATION_TASK_QUEUE = 'rectification';

export const ITEM_WORKFLOW = 'rectificationItem';
export const BATCH_WORKFLOW = 'rectificationBatch';
/** A short workflow that asks the identity service for an organisation's subtree. */
export const ORG_SUBTREE_WORKFLOW = 'orgSubtree';

export function itemWorkflowId(itemId: string): string {
  return `rectification-item/${itemId}`;
}

export function batchWorkflowId(batchId: string): string {
  return `rectification-batch/${batchId}`;
}

/** Update and query names shared by the item and batch workflows. */
export const ACT_UPDATE = 'act';
export const STATE_QUERY = 'state';

const continueAfterEvents = z.int32().min(50).max(40_000).default(4_000);

export const itemInputSchema = z.strictObject({
  itemId: idSchema,
  batchId: idSchema,
  source: findingSourceSchema,
  /** The batch's configuration when the item was registered: later edits do not move running items. */
  config: sourceConfigSchema,
  text: itemTextSchema,
  org: orgRefSchema,
  /** A deadline may be set at registration, or later when the item is assigned. */
  deadline: localDateSchema.nullable().default(null),
  registeredBy: personRefSchema,
  /** 立行立改: fixed on the spot during the inspection; the item starts closed, still listed. */
  fixedOnSpot: z
    .strictObject({ note: requiredNoteSchema, files: z.array(fileRefSchema).max(20) })
    .nullable()
    .default(null),
  /** An item taken over from paper: its real registration date and the steps taken since. */
  paper: paperRecordSchema.nullable().default(null),
  continueAfterEvents,
});
export type ItemInput = z.infer<typeof itemInputSchema>;
export type ItemInputShape = z.input<typeof itemInputSchema>;

export const batchInputSchema = z.strictObject({
  batchId: idSchema,
  source: findingSourceSchema,
  title: line.trim().min(1).max(200),
  feedbackDate: localDateSchema,
  inspectedOrg: orgRefSchema,
  config: sourceConfigSchema,
  createdBy: personRefSchema,
  continueAfterEvents,
});
export type BatchInput = z.infer<typeof batchInputSchema>;
export type BatchInputShape = z.input<typeof batchInputSchema>;

export interface ItemResult {
  itemId: string;
  status: 'closed' | 'handed_over';
  closedOn: string | null;
}
