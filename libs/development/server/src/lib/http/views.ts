import { z } from 'zod';
import { personRefSchema } from '@bastion/approvals-contracts';
import {
  capacitySchema,
  type CaseEntry,
  type CaseRecord,
  type CaseRow,
  type CaseStepType,
  caseStepTypes,
  type CaseView,
  clockKeys,
  committeeSettingsSchema,
  type ComplianceCheck,
  type DeadlineRow,
  developmentStatusSchema,
  type DossierView,
  type PipelineView,
  type RuleVersionView,
  stepKeySchema,
  type TimelineStep,
} from '@bastion/development-contracts';
import type { ExpectedVoters } from '@bastion/identity-contracts';
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
 * and what the rules compute from them pass through as they are.
 */

const orgSchema = z.object({ id: idSchema, name: z.string() });
const recordSchema = z.custom<CaseRecord>(() => true);
const timelineSchema = z.custom<TimelineStep[]>(() => true);
const complianceSchema = z.custom<ComplianceCheck[]>(() => true);
const entriesSchema = z.custom<CaseEntry[]>(() => true);
const date = localDateSchema.nullable();

export const caseRowSchema = z.object({
  id: idSchema,
  number: z.string(),
  person: z.object({ id: idSchema, name: z.string(), gender: z.enum(['male', 'female']) }),
  org: orgSchema,
  status: developmentStatusSchema,
  currentStep: z.number().int().nullable(),
  currentStepKey: stepKeySchema.nullable(),
  applicationDate: localDateSchema,
  activistDate: date,
  candidateDate: date,
  admissionDate: date,
  probationEnd: date,
  standingDate: date,
  nextDue: z
    .object({ clock: z.enum(clockKeys), due: localDateSchema, kind: z.enum(['deadline', 'opens']) })
    .nullable(),
  overdue: z.boolean(),
  migrated: z.boolean(),
  closedOn: date,
}) satisfies z.ZodType<CaseRow>;

export const casePageSchema = pageSchema(caseRowSchema) satisfies z.ZodType<Page<CaseRow>>;

export const caseViewSchema = z.object({
  row: caseRowSchema,
  record: recordSchema,
  timeline: timelineSchema,
  compliance: complianceSchema,
  capacities: z.array(capacitySchema),
  allowedSteps: z.array(z.enum(caseStepTypes as [CaseStepType, ...CaseStepType[]])),
  termination: terminationSchema.nullable(),
}) satisfies z.ZodType<CaseView>;

export const dossierViewSchema = z.object({
  row: caseRowSchema,
  record: recordSchema,
  timeline: timelineSchema,
  compliance: complianceSchema,
  entries: entriesSchema,
  files: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      sha256: z.string(),
      size: z.number().int(),
      step: z.number().int().nullable(),
      entrySeq: z.number().int(),
    }),
  ),
  generatedAt: z.string(),
}) satisfies z.ZodType<DossierView>;

export const pipelineViewSchema = z.object({
  today: localDateSchema,
  columns: z.array(
    z.object({ status: developmentStatusSchema, total: z.number().int(), overdue: z.number().int() }),
  ),
  byOrg: z.array(
    z.object({
      org: orgSchema,
      depth: z.number().int(),
      counts: z.partialRecord(developmentStatusSchema, z.number().int()),
      overdue: z.number().int(),
    }),
  ),
}) satisfies z.ZodType<PipelineView>;

export const deadlineRowSchema = z.object({
  caseId: idSchema,
  number: z.string(),
  person: z.object({ id: idSchema, name: z.string() }),
  org: orgSchema,
  status: developmentStatusSchema,
  clock: z.enum(clockKeys),
  kind: z.enum(['deadline', 'opens']),
  due: localDateSchema,
  daysLeft: z.number().int(),
  level: z.enum(['reminder', 'overdue', 'escalated', 'opened']).nullable(),
  rule: z.string(),
}) satisfies z.ZodType<DeadlineRow>;

export const deadlinePageSchema = pageSchema(deadlineRowSchema) satisfies z.ZodType<Page<DeadlineRow>>;

export const ruleVersionViewSchema = z.object({
  id: z.string(),
  committee: orgSchema.nullable(),
  effectiveFrom: localDateSchema,
  publishedAt: z.string(),
  publishedBy: personRefSchema.nullable(),
  note: z.string(),
  settings: committeeSettingsSchema,
}) satisfies z.ZodType<RuleVersionView>;

export const expectedVotersSchema = z.object({
  branchId: idSchema,
  date: localDateSchema,
  fullMembers: z.number().int(),
  withVotingRights: z.number().int(),
  excluded: z.array(
    z.object({ personId: idSchema, name: z.string(), reason: z.string(), approvedBy: z.string() }),
  ),
  /** Full members without voting rights on the date (留党察看 with rights unrestored). */
  suspended: z.array(z.object({ personId: idSchema, name: z.string() })).optional(),
  expected: z.number().int(),
}) satisfies z.ZodType<ExpectedVoters>;
