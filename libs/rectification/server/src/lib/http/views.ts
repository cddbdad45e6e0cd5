import { z } from 'zod';
import { personRefSchema } from '@bastion/approvals-contracts';
import {
  type BatchRecord,
  type BatchReportView,
  type BatchRow,
  batchStatuses,
  type BatchView,
  type BoardView,
  capacitySchema,
  fileRefSchema,
  findingSourceSchema,
  type ImportResult,
  type ItemActionType,
  itemActionTypes,
  itemCategorySchema,
  type ItemCounts,
  type ItemRecord,
  type ItemRow,
  itemStatusSchema,
  type ItemView,
  seriousnessSchema,
  type SourceConfig,
  sourceConfigSchema,
  trafficLightSchema,
  type Transition,
} from '@bastion/rectification-contracts';
import {
  idSchema,
  localDateSchema,
  type Page,
  pageSchema,
  terminationSchema,
} from '@bastion/shared-contracts';

/*
 * The shapes of the service's answers. The contracts describe them as types; these schemas
 * document them in OpenAPI and, through `Returns`, drop any field a view does not name. Records
 * (what the workflows hold) pass through as they are.
 */

const orgSchema = z.object({ id: idSchema, name: z.string() });
const itemRecordSchema = z.custom<ItemRecord>(() => true);
const transitionSchema = z.custom<Transition>(() => true);
const batchRecordSchema = z.custom<BatchRecord>(() => true);

export const itemRowSchema = z.object({
  id: idSchema,
  number: z.string(),
  batchId: idSchema,
  batchTitle: z.string(),
  source: findingSourceSchema,
  problem: z.string(),
  category: itemCategorySchema,
  seriousness: seriousnessSchema,
  measures: z.string(),
  target: z.string(),
  org: orgSchema,
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
  daysLeft: z.number().int().nullable(),
  provisional: z.literal(true).optional(),
  progressPercent: z.number().int(),
  evidenceCount: z.number().int(),
  closedOn: localDateSchema.nullable(),
}) satisfies z.ZodType<ItemRow>;

export const itemPageSchema = pageSchema(itemRowSchema) satisfies z.ZodType<Page<ItemRow>>;

export const itemCountsSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(itemStatusSchema, z.number().int()),
  byLight: z.record(trafficLightSchema, z.number().int()),
}) satisfies z.ZodType<ItemCounts>;

export const itemViewSchema = z.object({
  row: itemRowSchema,
  record: itemRecordSchema,
  transitions: z.array(transitionSchema),
  capacities: z.array(capacitySchema),
  allowedActions: z.array(z.enum(itemActionTypes as [ItemActionType, ...ItemActionType[]])),
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
  termination: terminationSchema.nullable(),
}) satisfies z.ZodType<ItemView>;

export const batchRowSchema = z.object({
  id: idSchema,
  number: z.string(),
  title: z.string(),
  source: findingSourceSchema,
  feedbackDate: localDateSchema,
  reportDeadline: localDateSchema,
  inspectedOrg: orgSchema,
  status: z.enum(batchStatuses),
  itemCount: z.number().int(),
  closedCount: z.number().int(),
  redCount: z.number().int(),
}) satisfies z.ZodType<BatchRow>;

export const batchPageSchema = pageSchema(batchRowSchema) satisfies z.ZodType<Page<BatchRow>>;

export const batchViewSchema = z.object({
  row: batchRowSchema,
  record: batchRecordSchema,
  counts: itemCountsSchema,
  canSupervise: z.boolean(),
  canManage: z.boolean(),
}) satisfies z.ZodType<BatchView>;

export const batchReportSchema = z.object({
  batch: batchRowSchema,
  edition: z.enum(['internal', 'public']),
  report: z.custom<BatchReportView['report']>(() => true),
  signature: z.custom<BatchReportView['signature']>(() => true),
  exemptCount: z.number().int(),
  items: z.array(
    itemRowSchema.extend({
      evidence: z.array(z.object({ note: z.string(), files: z.array(z.string()), on: localDateSchema })),
    }),
  ),
}) satisfies z.ZodType<BatchReportView>;

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
  itemsTruncated: z.boolean(),
  byOrg: z.array(
    z.object({
      org: orgSchema,
      depth: z.number().int(),
      total: z.number().int(),
      closed: z.number().int(),
      green: z.number().int(),
      amber: z.number().int(),
      red: z.number().int(),
    }),
  ),
}) satisfies z.ZodType<BoardView>;

export const importResultSchema = z.object({ imported: z.number().int() }) satisfies z.ZodType<ImportResult>;

/** An uploaded file as an action refers to it. */
export const uploadedFileSchema = fileRefSchema;

/** A source of findings with the configuration in force for it. */
export const sourceSettingSchema = z.object({
  source: findingSourceSchema,
  config: sourceConfigSchema,
  /** The national default: no administrator has set one. */
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SourceSetting = z.infer<typeof sourceSettingSchema> & { config: SourceConfig };

export const sourceSettingsSchema = z.object({ items: z.array(sourceSettingSchema) });
