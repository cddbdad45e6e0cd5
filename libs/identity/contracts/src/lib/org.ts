import { z } from 'zod';
import {
  expectedVersionSchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  pageQuerySchema,
  pageSchema,
} from '@bastion/shared-contracts';
import { orgKindSchema } from './roles';

const orgName = line.trim().min(2, 'at least 2 characters').max(100, 'at most 100 characters');

/** One step of an organisation's path from the root, for breadcrumbs and snapshots. */
export const orgRefSchema = z.object({ id: idSchema, name: line, kind: orgKindSchema });
export type OrgRef = z.infer<typeof orgRefSchema>;

export const orgWarningSchema = z.object({ code: line, message: line });
export type OrgWarning = z.infer<typeof orgWarningSchema>;

export const orgSummarySchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  kind: orgKindSchema,
  name: line,
  code: line.nullable(),
  dissolved: z.boolean(),
  childCount: z.int32(),
});
export type OrgSummary = z.infer<typeof orgSummarySchema>;

export const orgDetailSchema = orgSummarySchema.extend({
  path: z.array(orgRefSchema),
  mayApprove: z.boolean(),
  isTemporary: z.boolean(),
  /** The committee that approves this branch's admissions, and whether it is set here or found above. */
  approvingCommittee: orgRefSchema.extend({ inherited: z.boolean() }).nullable(),
  dissolvedAt: z.iso.datetime().nullable(),
  dissolvedReason: multiline.nullable(),
  memberCounts: z.object({ full: z.int32(), probationary: z.int32() }),
  warnings: z.array(orgWarningSchema),
  version: z.int32(),
});
export type OrgDetail = z.infer<typeof orgDetailSchema>;

export const orgListQuerySchema = pageQuerySchema.extend({
  parentId: idSchema.optional(),
  /** `root` lists the top nodes the caller can see. */
  level: z.enum(['root']).optional(),
  kind: orgKindSchema.optional(),
  includeDissolved: z.enum(['true', 'false']).optional(),
  sort: z.enum(['name', 'created']).default('name'),
});
export type OrgListQuery = z.infer<typeof orgListQuerySchema>;
export const orgPageSchema = pageSchema(orgSummarySchema);

export const createOrgSchema = z.strictObject({
  parentId: idSchema.nullable(),
  kind: orgKindSchema,
  name: orgName,
  code: line.trim().max(50).optional(),
  mayApprove: z.boolean().optional(),
  isTemporary: z.boolean().optional(),
  approvingCommitteeId: idSchema.nullable().optional(),
});
export type CreateOrg = z.infer<typeof createOrgSchema>;

export const updateOrgSchema = z.strictObject({
  version: expectedVersionSchema,
  name: orgName.optional(),
  code: line.trim().max(50).nullable().optional(),
  mayApprove: z.boolean().optional(),
  isTemporary: z.boolean().optional(),
  approvingCommitteeId: idSchema.nullable().optional(),
});
export type UpdateOrg = z.infer<typeof updateOrgSchema>;

export const moveOrgSchema = z.strictObject({ newParentId: idSchema, version: expectedVersionSchema });
export type MoveOrg = z.infer<typeof moveOrgSchema>;

export const dissolveOrgSchema = z.strictObject({
  reason: multiline.trim().min(2).max(500),
  date: localDateSchema.optional(),
  version: expectedVersionSchema,
});
export type DissolveOrg = z.infer<typeof dissolveOrgSchema>;

export const orgEventSchema = z.object({
  id: line,
  kind: z.enum(['created', 'updated', 'moved', 'dissolved']),
  at: z.iso.datetime(),
  actorName: line,
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  reason: multiline.nullable(),
});
export type OrgEvent = z.infer<typeof orgEventSchema>;
export const orgEventListSchema = z.object({ items: z.array(orgEventSchema) });
export type OrgEventList = z.infer<typeof orgEventListSchema>;
