import type { RefusalParams, TextRef } from '@bastion/messages';
import { z } from 'zod';
import {
  attachedFilesSchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  noteSchema,
  orgPageQuerySchema,
  queryBooleanSchema,
} from '@bastion/shared-contracts';
import { migratedStepSchema } from './case-actions';
import { committeeSettingsSchema } from './rule-set';
import { developmentStatusSchema, type StepKey } from './steps';

/*
 * What the service takes (bodies, query strings), and the timeline and compliance checks the
 * rules compute for a case. The service's answers are in `views.ts`.
 */

/** `POST /api/development/cases`: a written application received (step 1). */
export const openCaseSchema = z.strictObject({
  personId: idSchema,
  /** The branch that received it; by default the person's own. */
  orgId: idSchema.optional(),
  applicationDate: localDateSchema,
  note: noteSchema,
  files: attachedFilesSchema(30),
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
  params?: RefusalParams;
}

export const caseSortSchema = z.enum(['next_due', 'application', 'name']);

export const caseListQuerySchema = orgPageQuerySchema.extend({
  status: developmentStatusSchema.optional(),
  /** Open cases only (default), or the closed ones too. */
  includeClosed: queryBooleanSchema.optional(),
  /** Cases with an overdue clock. */
  overdue: queryBooleanSchema.optional(),
  sort: caseSortSchema.default('next_due'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const pipelineQuerySchema = z.strictObject({ orgId: idSchema.optional() });

export const deadlinesQuerySchema = orgPageQuerySchema.extend({
  /** Clocks due within this many days from today; overdue ones are always listed first. */
  withinDays: z.coerce.number().int().min(1).max(366).default(30),
  clock: line.max(40).optional(),
});
export type DeadlinesQuery = z.infer<typeof deadlinesQuerySchema>;

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
  /** The rule behind the timing, as a text of the catalogue. */
  rule: TextRef | null;
  entries: number[];
}

export type ComplianceResult = 'pass' | 'fail' | 'pending' | 'not_applicable';

/** One fixed rule, checked against the case; its texts are keys of the one catalogue. */
export interface ComplianceCheck {
  id: string;
  /** The article of the 2014 text, or the step, the rule comes from. */
  article: TextRef;
  rule: TextRef;
  result: ComplianceResult;
  /** Why, in pieces rendered one after the other. */
  detail: TextRef[];
  /** The dates the check rests on, each named by `development.compliance.date.<key>`. */
  dates: Record<string, string | null>;
  /** Entry seqs whose evidence bears on it. */
  evidence: number[];
  ruleSetId: string;
}

/** A check as served: its texts also rendered in the caller's language, for clients without the catalogue. */
export interface ComplianceCheckView extends ComplianceCheck {
  text: { article: string; rule: string; detail: string };
}

/** A step as served: its rule also rendered in the caller's language. */
export interface TimelineStepView extends TimelineStep {
  ruleText: string | null;
}

export const expectedVotersQuerySchema = z.strictObject({ date: localDateSchema });

/** A committee's settings, as versions: running cases adopt a new version from its effective date. */
export const publishRulesSchema = z.strictObject({
  effectiveFrom: localDateSchema,
  settings: committeeSettingsSchema,
  note: multiline.trim().max(500).default(''),
});
export type PublishRules = z.infer<typeof publishRulesSchema>;
