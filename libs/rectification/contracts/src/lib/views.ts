import { z } from 'zod';
import {
  idSchema,
  localDateSchema,
  namedOrgSchema,
  pageSchema,
  personRefSchema,
  terminationSchema,
} from '@bastion/shared-contracts';
import { trafficLightSchema } from './api';
import { type BatchRecord, batchStatuses } from './batch';
import { itemCategorySchema, itemStatusSchema, seriousnessSchema } from './item';
import { capacitySchema, type ItemActionType, itemActionTypes } from './item-actions';
import type { ItemRecord, Transition } from './item-record';
import { findingSourceSchema, sourceConfigSchema } from './sources';

/*
 * The shapes of the service's answers, declared once: the service documents them in OpenAPI and,
 * through `Returns`, drops any field a view does not name; the console reads them as these types.
 * Records (what the workflows hold) pass through as they are.
 */

const itemRecordSchema = z.custom<ItemRecord>(() => true);
const transitionSchema = z.custom<Transition>(() => true);
const batchRecordSchema = z.custom<BatchRecord>(() => true);

export const itemRowSchema = z.object({
  id: idSchema,
  /** Human number, e.g. `ZG2026-000042`. */
  number: z.string(),
  batchId: idSchema,
  batchTitle: z.string(),
  source: findingSourceSchema,
  problem: z.string(),
  category: itemCategorySchema,
  seriousness: seriousnessSchema,
  measures: z.string(),
  target: z.string(),
  org: namedOrgSchema,
  owner: personRefSchema.nullable(),
  leader: personRefSchema.nullable(),
  supportingUnits: z.array(z.string()),
  status: itemStatusSchema,
  round: z.number().int(),
  reopened: z.boolean(),
  fixedOnSpot: z.boolean(),
  namedSupervision: z.boolean(),
  deadline: localDateSchema.nullable(),
  light: trafficLightSchema,
  /** Days from today to the deadline (negative when overdue); null without a deadline or once closed. */
  daysLeft: z.number().int().nullable(),
  /** The deadline's working days ran through a year without holiday data and were counted on weekdays. */
  provisional: z.literal(true).optional(),
  progressPercent: z.number().int(),
  evidenceCount: z.number().int(),
  closedOn: localDateSchema.nullable(),
});
export type ItemRow = z.infer<typeof itemRowSchema>;

export const itemPageSchema = pageSchema(itemRowSchema);

export const itemCountsSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(itemStatusSchema, z.number().int()),
  byLight: z.record(trafficLightSchema, z.number().int()),
});
export type ItemCounts = z.infer<typeof itemCountsSchema>;

/** `GET /api/rectification/items/:id` */
export const itemViewSchema = z.object({
  row: itemRowSchema,
  record: itemRecordSchema,
  transitions: z.array(transitionSchema),
  /** The caller's capacities on this item and the actions their state allows now. */
  capacities: z.array(capacitySchema),
  allowedActions: z.array(z.enum(itemActionTypes as [ItemActionType, ...ItemActionType[]])),
  /** Items linked to this one, in either direction, that the caller may see. */
  links: z.array(
    itemRowSchema.pick({
      id: true,
      number: true,
      problem: true,
      source: true,
      status: true,
      light: true,
      org: true,
    }),
  ),
  /** Who terminated the item, when and why; null unless its status is `terminated`. */
  termination: terminationSchema.nullable(),
});
export type ItemView = z.infer<typeof itemViewSchema>;

export const batchRowSchema = z.object({
  id: idSchema,
  number: z.string(),
  title: z.string(),
  source: findingSourceSchema,
  feedbackDate: localDateSchema,
  reportDeadline: localDateSchema,
  /** The report's reminder was counted back from the deadline on weekdays, through a year without holiday data. */
  provisional: z.literal(true).optional(),
  inspectedOrg: namedOrgSchema,
  status: z.enum(batchStatuses),
  itemCount: z.number().int(),
  closedCount: z.number().int(),
  redCount: z.number().int(),
});
export type BatchRow = z.infer<typeof batchRowSchema>;

export const batchPageSchema = pageSchema(batchRowSchema);

export const batchViewSchema = z.object({
  row: batchRowSchema,
  record: batchRecordSchema,
  counts: itemCountsSchema,
  /** Whether the caller may supervise (register, import, close) and submit the report. */
  canSupervise: z.boolean(),
  canManage: z.boolean(),
});
export type BatchView = z.infer<typeof batchViewSchema>;

/** The printable batch report (整改情况报告). */
export const batchReportSchema = z.object({
  batch: batchRowSchema,
  edition: z.enum(['internal', 'public']),
  report: z.custom<BatchRecord['report']>(() => true),
  signature: z.custom<BatchRecord['signature']>(() => true),
  /** Items left out of the public edition. */
  exemptCount: z.number().int(),
  items: z.array(
    itemRowSchema.extend({
      evidence: z.array(z.object({ note: z.string(), files: z.array(z.string()), on: localDateSchema })),
    }),
  ),
});
export type BatchReportView = z.infer<typeof batchReportSchema>;

/** 挂图作战: items on a timeline, and progress by organisation across the tree. */
export const boardViewSchema = z.object({
  today: localDateSchema,
  items: z.array(
    itemRowSchema.pick({
      id: true,
      number: true,
      problem: true,
      org: true,
      owner: true,
      status: true,
      deadline: true,
      light: true,
      daysLeft: true,
      progressPercent: true,
      namedSupervision: true,
    }),
  ),
  /** Truncated to the most urgent when a subtree holds more. */
  itemsTruncated: z.boolean(),
  byOrg: z.array(
    z.object({
      org: namedOrgSchema,
      depth: z.number().int(),
      total: z.number().int(),
      closed: z.number().int(),
      green: z.number().int(),
      amber: z.number().int(),
      red: z.number().int(),
    }),
  ),
});
export type BoardView = z.infer<typeof boardViewSchema>;

export const importResultSchema = z.object({ imported: z.number().int() });
export type ImportResult = z.infer<typeof importResultSchema>;

/** A source of findings with the configuration in force for it. */
export const sourceSettingSchema = z.object({
  source: findingSourceSchema,
  config: sourceConfigSchema,
  /** The national default: no administrator has set one. */
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SourceSetting = z.infer<typeof sourceSettingSchema>;

/** `GET /api/rectification/sources`: the configuration in force for every source of findings. */
export const sourceSettingsSchema = z.object({ items: z.array(sourceSettingSchema) });
export type SourceSettingsView = z.infer<typeof sourceSettingsSchema>;
