import { z } from 'zod';
import {
  attachedFilesSchema,
  idempotencyKeySchema,
  idSchema,
  localDateSchema,
  orgPageQuerySchema,
  queryBooleanSchema,
  requiredNoteSchema,
} from '@bastion/shared-contracts';
import { itemStatusSchema, itemTextSchema } from './item';
import { findingSourceSchema } from './sources';

/*
 * What the service takes: bodies and query strings. What it answers is in `views.ts`.
 */

/** 红黄绿灯: green on time, amber within the reminder window, red overdue. Closed items are green. */
export const trafficLightSchema = z.enum(['green', 'amber', 'red']);
export type TrafficLight = z.infer<typeof trafficLightSchema>;

/** `POST /api/rectification/batches/:id/items`: register one item (立项). */
export const registerItemSchema = z.strictObject({
  text: itemTextSchema,
  /** The responsible organisation: the inspected organisation or a node below it. */
  orgId: idSchema,
  deadline: localDateSchema.optional(),
  /** 立行立改: fixed on the spot, with what was done. */
  fixedOnSpot: z.strictObject({ note: requiredNoteSchema, files: attachedFilesSchema(20) }).optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type RegisterItem = z.infer<typeof registerItemSchema>;
export type RegisterItemInput = z.input<typeof registerItemSchema>;

/** The three lists the rules ask for are views over the same items (任务清单 / 问题清单 / 责任清单). */
export const itemListViewSchema = z.enum(['task', 'problem', 'responsibility']);
export type ItemListView = z.infer<typeof itemListViewSchema>;

export const itemSortSchema = z.enum(['deadline', 'registered', 'number']);

export const itemListQuerySchema = orgPageQuerySchema.extend({
  view: itemListViewSchema.default('task'),
  batchId: idSchema.optional(),
  source: findingSourceSchema.optional(),
  ownerId: idSchema.optional(),
  leaderId: idSchema.optional(),
  status: itemStatusSchema.optional(),
  light: trafficLightSchema.optional(),
  reopened: queryBooleanSchema.optional(),
  namedSupervision: queryBooleanSchema.optional(),
  /** Due window, inclusive. */
  dueFrom: localDateSchema.optional(),
  dueTo: localDateSchema.optional(),
  sort: itemSortSchema.default('deadline'),
});
export type ItemListQuery = z.infer<typeof itemListQuerySchema>;

/** The same filters, for the counts beside a list. */
export const itemCountQuerySchema = itemListQuerySchema.omit({
  limit: true,
  cursor: true,
  sort: true,
  view: true,
});
export type ItemCountQuery = z.infer<typeof itemCountQuerySchema>;

export const batchListQuerySchema = orgPageQuerySchema.extend({
  source: findingSourceSchema.optional(),
});
export type BatchListQuery = z.infer<typeof batchListQuerySchema>;

/** One bad row of an import, and everything wrong with it. */
export interface ImportProblem {
  /** Spreadsheet row number as the user sees it (the header is row 1). */
  row: number;
  problems: { field: string; problem: string }[];
}

export const reportQuerySchema = z.strictObject({
  edition: z.enum(['internal', 'public']).default('internal'),
});

export const boardQuerySchema = z
  .strictObject({ batchId: idSchema.optional(), orgId: idSchema.optional() })
  .refine((q) => (q.batchId === undefined) !== (q.orgId === undefined), 'give either batchId or orgId');
export type BoardQuery = z.infer<typeof boardQuerySchema>;

export const exportQuerySchema = itemCountQuerySchema;
