import { z } from 'zod';
import type { ExpectedVoters } from '@bastion/identity-contracts';
import {
  idSchema,
  localDateSchema,
  namedOrgSchema,
  pageSchema,
  personRefSchema,
  terminationSchema,
} from '@bastion/shared-contracts';
import type { ComplianceCheckView, TimelineStepView } from './api';
import { capacitySchema, type CaseStepType, caseStepTypes } from './case-actions';
import { type CaseEntry, type CaseRecord, clockKeys } from './case-record';
import { committeeSettingsSchema } from './rule-set';
import { developmentStatusSchema, stepKeySchema } from './steps';

/*
 * The shapes of the service's answers, declared once: the service documents them in OpenAPI and,
 * through `Returns`, drops any field a view does not name; the console reads them as these types.
 * Records and what the rules compute from them pass through as they are.
 */

const recordSchema = z.custom<CaseRecord>(() => true);
const timelineSchema = z.custom<TimelineStepView[]>(() => true);
const complianceSchema = z.custom<ComplianceCheckView[]>(() => true);
const entriesSchema = z.custom<CaseEntry[]>(() => true);
const date = localDateSchema.nullable();

export const caseRowSchema = z.object({
  id: idSchema,
  /** e.g. `FZ2026-000042` */
  number: z.string(),
  person: z.object({ id: idSchema, name: z.string(), gender: z.enum(['male', 'female']) }),
  org: namedOrgSchema,
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
});
export type CaseRow = z.infer<typeof caseRowSchema>;

export const casePageSchema = pageSchema(caseRowSchema);

/** A case as the rules see it: its row, its record, and the timeline and compliance computed from it. */
const caseOnRecord = {
  row: caseRowSchema,
  record: recordSchema,
  timeline: timelineSchema,
  compliance: complianceSchema,
};

/** `GET /api/development/cases/:id` */
export const caseViewSchema = z.object({
  ...caseOnRecord,
  capacities: z.array(capacitySchema),
  /** The steps the case allows now and the caller may take. */
  allowedSteps: z.array(z.enum(caseStepTypes as [CaseStepType, ...CaseStepType[]])),
  /** Who terminated the case, when and why; null unless its status is `terminated`. */
  termination: terminationSchema.nullable(),
});
export type CaseView = z.infer<typeof caseViewSchema>;

/** `GET /api/development/cases/:id/dossier`: everything on record, printable. */
export const dossierViewSchema = z.object({
  ...caseOnRecord,
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
});
export type DossierView = z.infer<typeof dossierViewSchema>;

/** 发展党员工作看板: the open cases by status, with counts per branch. */
export const pipelineViewSchema = z.object({
  today: localDateSchema,
  columns: z.array(
    z.object({ status: developmentStatusSchema, total: z.number().int(), overdue: z.number().int() }),
  ),
  byOrg: z.array(
    z.object({
      org: namedOrgSchema,
      depth: z.number().int(),
      counts: z.partialRecord(developmentStatusSchema, z.number().int()),
      overdue: z.number().int(),
    }),
  ),
});
export type PipelineView = z.infer<typeof pipelineViewSchema>;

export const deadlineRowSchema = z.object({
  caseId: idSchema,
  number: z.string(),
  person: z.object({ id: idSchema, name: z.string() }),
  org: namedOrgSchema,
  status: developmentStatusSchema,
  clock: z.enum(clockKeys),
  kind: z.enum(['deadline', 'opens']),
  due: localDateSchema,
  /** Negative once overdue. */
  daysLeft: z.number().int(),
  level: z.enum(['reminder', 'overdue', 'escalated', 'opened']).nullable(),
  /** The rule the clock runs by, in the caller's language; `ruleKey` names it in the catalogue. */
  rule: z.string(),
  ruleKey: z.string(),
});
export type DeadlineRow = z.infer<typeof deadlineRowSchema>;

export const deadlinePageSchema = pageSchema(deadlineRowSchema);

/** One published version of a committee's settings. */
export const ruleVersionViewSchema = z.object({
  id: z.string(),
  committee: namedOrgSchema.nullable(),
  effectiveFrom: localDateSchema,
  publishedAt: z.string(),
  publishedBy: personRefSchema.nullable(),
  note: z.string(),
  settings: committeeSettingsSchema,
});
export type RuleVersionView = z.infer<typeof ruleVersionViewSchema>;

/** `GET /api/development/cases/:id/expected-voters`: what the identity service counts for a meeting date. */
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
export type ExpectedVotersView = z.infer<typeof expectedVotersSchema>;
