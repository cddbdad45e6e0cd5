import { z } from 'zod';
import {
  expectedVersionSchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  orgPageQuerySchema,
  pageSchema,
} from '@bastion/shared-contracts';
import { sanctionSchema } from './discipline';
import { orgRefSchema } from './org';
import { officeRoleSchema } from './roles';

export const genderSchema = z.enum(['male', 'female']);
export const membershipStatusSchema = z.enum(['full', 'probationary']);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;
/** Where a person stands in member development before membership (入党申请人 / 入党积极分子 / 发展对象). */
export const developmentStageSchema = z.enum(['applicant', 'activist', 'candidate']);
export type DevelopmentStage = z.infer<typeof developmentStageSchema>;

/** A record in force from a date, until another or for good. */
const inForce = { fromDate: localDateSchema, toDate: localDateSchema.nullable() };
/** The same as an officer enters it: without an end date it stays in force. */
const inForceInput = { fromDate: localDateSchema, toDate: localDateSchema.nullable().optional() };

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, 'digits, spaces, + or - only');

export const membershipSchema = z.object({
  status: membershipStatusSchema,
  /** 入党时间: the date of the branch meeting that admitted the person. */
  admissionDate: localDateSchema,
  /** 转正时间: from when party standing counts; null while probationary. */
  standingDate: localDateSchema.nullable(),
  votingRights: z.boolean(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const voterExclusionSchema = z.object({
  id: idSchema,
  reason: multiline,
  ...inForce,
  approvedBy: line,
});
export type VoterExclusion = z.infer<typeof voterExclusionSchema>;

export const officeSchema = z.object({
  id: idSchema,
  role: officeRoleSchema,
  org: orgRefSchema,
  ...inForce,
});
export type Office = z.infer<typeof officeSchema>;

export const personSummarySchema = z.object({
  id: idSchema,
  name: line,
  gender: genderSchema,
  /** Always masked, e.g. `110***********123X`. */
  idNumberMasked: line.nullable(),
  /** Always masked the same way, e.g. `138****5678`; the full number is revealed with a reason. */
  phoneMasked: line.nullable(),
  workUnit: line.nullable(),
  org: orgRefSchema,
  membershipStatus: membershipStatusSchema.nullable(),
  developmentStage: developmentStageSchema.nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personDetailSchema = personSummarySchema.extend({
  birthDate: localDateSchema.nullable(),
  membership: membershipSchema.nullable(),
  exclusions: z.array(voterExclusionSchema),
  /** Party discipline on record, newest first. */
  sanctions: z.array(sanctionSchema),
  offices: z.array(officeSchema),
  hasLogin: z.boolean(),
  version: z.int32(),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const personListQuerySchema = orgPageQuerySchema.extend({
  status: z.enum(['full', 'probationary', 'member', 'none']).optional(),
  sort: z.enum(['name', 'created']).default('name'),
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;
export const personPageSchema = pageSchema(personSummarySchema);

export const createPersonSchema = z.strictObject({
  name: line.trim().min(1).max(50),
  gender: genderSchema,
  birthDate: localDateSchema.nullable().optional(),
  idNumber: line.trim().toUpperCase().nullable().optional(),
  phone: phone.nullable().optional(),
  workUnit: line.trim().max(100).nullable().optional(),
  orgId: idSchema,
});
export type CreatePerson = z.infer<typeof createPersonSchema>;

export const updatePersonSchema = createPersonSchema.partial().extend({ version: expectedVersionSchema });
export type UpdatePerson = z.infer<typeof updatePersonSchema>;

export const setMembershipSchema = z.strictObject({
  status: membershipStatusSchema,
  admissionDate: localDateSchema,
  standingDate: localDateSchema.nullable().optional(),
  votingRights: z.boolean().default(true),
});
export type SetMembership = z.infer<typeof setMembershipSchema>;

export const addExclusionSchema = z.strictObject({
  reason: multiline.trim().min(2).max(200),
  ...inForceInput,
  approvedBy: line.trim().min(2).max(100),
});
export type AddExclusion = z.infer<typeof addExclusionSchema>;

export const addOfficeSchema = z.strictObject({
  role: officeRoleSchema,
  orgId: idSchema,
  ...inForceInput,
});
export type AddOffice = z.infer<typeof addOfficeSchema>;

export const endOfficeSchema = z.strictObject({ toDate: localDateSchema });
export type EndOffice = z.infer<typeof endOfficeSchema>;

/** A reveal of personal data is audited with its reason, which must say something (ASVS: at least 10 characters). */
export const REVEAL_REASON_MIN_LENGTH = 10;
export const revealReasonSchema = z.strictObject({
  reason: multiline.trim().min(REVEAL_REASON_MIN_LENGTH).max(200),
});
export type RevealReason = z.infer<typeof revealReasonSchema>;
export const revealIdNumberSchema = revealReasonSchema;
export const revealedIdNumberSchema = z.object({ idNumber: line });
export type RevealedIdNumber = z.infer<typeof revealedIdNumberSchema>;
export const revealedPhoneSchema = z.object({ phone: line });
export type RevealedPhone = z.infer<typeof revealedPhoneSchema>;
