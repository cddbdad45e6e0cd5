import { z } from 'zod';
import type { PersonRef } from '@bastion/approvals-contracts';
import { fileRefSchema, idSchema, localDateSchema, pageQuerySchema, queryBooleanSchema } from '@bastion/shared-contracts';
import { migratedStepSchema, type Capacity, type CaseStepType } from './case-actions';
import type { AlertLevel, CaseEntry, CaseRecord, ClockKey } from './case-record';
import { committeeSettingsSchema } from './rule-set';
import { developmentStatusSchema, type DevelopmentStatus, type StepKey } from './steps';

/** `POST /api/development/cases`: a written application received (step 1). */
export const openCaseSchema = z.strictObject({
  personId: idSchema,
  /** The branch that received it; by default the person's own. */
  orgId: idSchema.optional(),
  applicationDate: localDateSchema,
  note: z.string().trim().max(2000).default(''),
  files: z.array(fileRefSchema).max(30).default([]),
});
export type OpenCase = z.infer<typeof openCaseSchema>;
export type OpenCaseInput = z.input<typeof openCaseSchema>;

/** `POST /api/development/cases/migrate`: a paper record, at whatever stage it has reached. */
export const migrateCaseSchema = openCaseSchema.extend({
  steps: z.array(migratedStepSchema).max(200),
});
export type MigrateCase = z.infer<typeof migrateCaseSchema>;
export type MigrateCaseInput = z.input<typeof migrateCaseSchema>;

/** One refused step of a paper record (index into `steps`, or -1 for the application). */
export interface MigrationProblem {
  index: number;
  type: string;
  code: string;
  problem: string;
}

export const caseSortSchema = z.enum(['next_due', 'application', 'name']);

export const caseListQuerySchema = pageQuerySchema.extend({
  /** The organisation and its whole subtree. */
  orgId: idSchema.optional(),
  status: developmentStatusSchema.optional(),
  /** Open cases only (default), or the closed ones too. */
  includeClosed: queryBooleanSchema.optional(),
  /** Cases with an overdue clock. */
  overdue: queryBooleanSchema.optional(),
  sort: caseSortSchema.default('next_due'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export interface CaseRow {
  id: string;
  /** e.g. `FZ2026-000042` */
  number: string;
  person: { id: string; name: string; gender: 'male' | 'female' };
  org: { id: string; name: string };
  status: DevelopmentStatus;
  currentStep: number | null;
  currentStepKey: StepKey | null;
  applicationDate: string;
  activistDate: string | null;
  candidateDate: string | null;
  admissionDate: string | null;
  probationEnd: string | null;
  standingDate: string | null;
  nextDue: { clock: ClockKey; due: string; kind: 'deadline' | 'opens' } | null;
  overdue: boolean;
  migrated: boolean;
  closedOn: string | null;
}

export const pipelineQuerySchema = z.strictObject({ orgId: idSchema.optional() });

/** 发展党员工作看板: the open cases by status, with counts per branch. */
export interface PipelineView {
  today: string;
  columns: { status: DevelopmentStatus; total: number; overdue: number }[];
  byOrg: { org: { id: string; name: string }; depth: number; counts: Partial<Record<DevelopmentStatus, number>>; overdue: number }[];
}

export const deadlinesQuerySchema = pageQuerySchema.extend({
  orgId: idSchema.optional(),
  /** Clocks due within this many days from today; overdue ones are always listed first. */
  withinDays: z.coerce.number().int().min(1).max(366).default(30),
  clock: z.string().max(40).optional(),
});
export type DeadlinesQuery = z.infer<typeof deadlinesQuerySchema>;

export interface DeadlineRow {
  caseId: string;
  number: string;
  person: { id: string; name: string };
  org: { id: string; name: string };
  status: DevelopmentStatus;
  clock: ClockKey;
  kind: 'deadline' | 'opens';
  due: string;
  /** Negative once overdue. */
  daysLeft: number;
  level: AlertLevel | null;
  rule: string;
}

export type TimelineState = 'done' | 'current' | 'coming' | 'skipped' | 'not_reached';

/** One of the 25 steps as the case page shows it. */
export interface TimelineStep {
  number: number;
  key: StepKey;
  stage: number;
  state: TimelineState;
  /** Done: the business date. */
  date: string | null;
  /** Current: the last on-time date, or the first allowed date. */
  due: string | null;
  earliest: string | null;
  /** Coming: when it can be expected at the earliest, if everything runs on time. */
  predicted: string | null;
  /** The rule behind the timing. */
  rule: string | null;
  entries: number[];
}

export type ComplianceResult = 'pass' | 'fail' | 'pending' | 'not_applicable';

/** One fixed rule, checked against the case. */
export interface ComplianceCheck {
  id: string;
  article: string;
  rule: { zh: string; en: string };
  result: ComplianceResult;
  detail: string;
  dates: Record<string, string | null>;
  /** Entry seqs whose evidence bears on it. */
  evidence: number[];
  ruleSetId: string;
}

/** `GET /api/development/cases/:id` */
export interface CaseView {
  row: CaseRow;
  record: CaseRecord;
  timeline: TimelineStep[];
  compliance: ComplianceCheck[];
  capacities: Capacity[];
  /** The steps the case allows now and the caller may take. */
  allowedSteps: CaseStepType[];
}

/** `GET /api/development/cases/:id/dossier`: everything on record, printable. */
export interface DossierView {
  row: CaseRow;
  record: CaseRecord;
  timeline: TimelineStep[];
  compliance: ComplianceCheck[];
  entries: CaseEntry[];
  files: { id: string; name: string; sha256: string; size: number; step: number | null; entrySeq: number }[];
  generatedAt: string;
}

export const expectedVotersQuerySchema = z.strictObject({ date: localDateSchema });

/** A committee's settings, as versions: running cases adopt a new version from its effective date. */
export const publishRulesSchema = z.strictObject({
  effectiveFrom: localDateSchema,
  settings: committeeSettingsSchema,
  note: z.string().trim().max(500).default(''),
});
export type PublishRules = z.infer<typeof publishRulesSchema>;

export interface RuleVersionView {
  id: string;
  committee: { id: string; name: string } | null;
  effectiveFrom: string;
  publishedAt: string;
  publishedBy: PersonRef | null;
  note: string;
  settings: z.infer<typeof committeeSettingsSchema>;
}
