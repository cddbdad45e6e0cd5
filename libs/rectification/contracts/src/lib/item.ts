import { catalogueLabels } from '@bastion/messages';
import { z } from 'zod';
import { line, localDateSchema, multiline } from '@bastion/shared-contracts';

export const itemCategories = [
  /** 政治建设 */
  'political',
  /** 思想建设 */
  'ideological',
  /** 组织建设 */
  'organisational',
  /** 作风建设 */
  'conduct',
  /** 纪律建设 */
  'discipline',
  /** 制度建设 */
  'institutional',
  /** 业务工作 */
  'business',
  'other',
] as const;
export const itemCategorySchema = z.enum(itemCategories);
export type ItemCategory = z.infer<typeof itemCategorySchema>;

export const itemCategoryLabels = catalogueLabels('rectification.category', itemCategories);

export const seriousnessSchema = z.enum(['general', 'serious', 'very_serious']);
export type Seriousness = z.infer<typeof seriousnessSchema>;
export const seriousnessLabels = catalogueLabels('rectification.seriousness', seriousnessSchema.options);

/** The main line of an item's life: 立项 → 交办 → 方案审批 → 整改中 → 验收 → 销号. */
export const itemMainLine = [
  'registered',
  'assigned',
  'plan_approval',
  'in_progress',
  'acceptance',
  'closed',
] as const;

/** The lifecycle's main states, and 移交 beside them. */
export const itemStatuses = [
  ...itemMainLine,
  'handed_over',
  /** An administrator ended a stuck item's workflow, with a reason (see the item's `termination`). */
  'terminated',
] as const;
export const itemStatusSchema = z.enum(itemStatuses);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const itemStatusLabels = catalogueLabels('rectification.status', itemStatuses);

/** An organisation as the item records it at the moment of the event. */
export { recordedOrgSchema as orgRefSchema, type RecordedOrg as OrgRef } from '@bastion/shared-contracts';
export { fileRefSchema, type FileRef } from '@bastion/shared-contracts';

const text = (max: number) => line.trim().min(1).max(max);

/** What a finding says and what is to be done: everything an officer may edit before plan approval. */
export const itemTextSchema = z.strictObject({
  /** 问题 */
  problem: text(2000),
  category: itemCategorySchema,
  seriousness: seriousnessSchema,
  /** 整改措施 */
  measures: multiline.trim().max(4000).default(''),
  /** 整改目标 */
  target: multiline.trim().max(1000).default(''),
  /** 配合单位 */
  supportingUnits: z.array(text(100)).max(20).default([]),
  /** Left out of the public version of the batch report (state secrets, unannounced cases …). */
  exemptFromPublication: z.boolean().default(false),
});
export type ItemText = z.infer<typeof itemTextSchema>;
export type ItemTextInput = z.input<typeof itemTextSchema>;

export const milestoneSchema = z.strictObject({
  title: text(200),
  due: localDateSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;
