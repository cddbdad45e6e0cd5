import { z } from 'zod';
import type { PersonRef } from '@bastion/approvals-contracts';
import {
  fileRefSchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  pageQuerySchema,
  queryBooleanSchema,
  type Termination,
} from '@bastion/shared-contracts';
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
  note: multiline.trim().max(2000).default(''),
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
  params?: Record<string, string | number | null>;
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
  byOrg: {
    org: { id: string; name: string };
    depth: number;
    counts: Partial<Record<DevelopmentStatus, number>>;
    overdue: number;
  }[];
}

export const deadlinesQuerySchema = pageQuerySchema.extend({
  orgId: idSchema.optional(),
  /** Clocks due within this many days from today; overdue ones are always listed first. */
  withinDays: z.coerce.number().int().min(1).max(366).default(30),
  clock: line.max(40).optional(),
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
  /** The article of the 2014 text, or the step, the rule comes from. */
  article: { zh: string; en: string };
  rule: { zh: string; en: string };
  result: ComplianceResult;
  detail: { zh: string; en: string };
  /** The dates the check rests on, by the keys of `complianceDateLabels`. */
  dates: Record<string, string | null>;
  /** Entry seqs whose evidence bears on it. */
  evidence: number[];
  ruleSetId: string;
}

/** What each date of a compliance check is. */
export const complianceDateLabels: Record<string, { zh: string; en: string }> = {
  birthDate: { zh: '出生日期', en: 'Born' },
  application: { zh: '申请', en: 'Application' },
  due: { zh: '期限', en: 'Due' },
  latest: { zh: '最迟', en: 'Latest' },
  earliest: { zh: '最早', en: 'Earliest' },
  talk: { zh: '谈话', en: 'Talk' },
  activist: { zh: '确定积极分子', en: 'Activist' },
  candidate: { zh: '确定发展对象', en: 'Candidate' },
  sponsors: { zh: '确定介绍人', en: 'Sponsors fixed' },
  review: { zh: '政审', en: 'Political review' },
  validUntil: { zh: '有效期至', en: 'Valid until' },
  from: { zh: '培训开始', en: 'Training from' },
  to: { zh: '培训结束', en: 'Training to' },
  committeeReview: { zh: '支委会审查', en: 'Committee review' },
  leavingOn: { zh: '离开单位', en: 'Leaving on' },
  leavingLimit: { zh: '三个月界限', en: 'Three-month limit' },
  preReview: { zh: '预审', en: 'Pre-review' },
  applicationForm: { zh: '填写志愿书', en: 'Application form' },
  meeting: { zh: '支部大会', en: 'Meeting' },
  approvalTalk: { zh: '审批前谈话', en: 'Talk before approval' },
  approval: { zh: '审批', en: 'Approval' },
  oath: { zh: '宣誓', en: 'Oath' },
  admission: { zh: '入党时间', en: 'Admitted' },
  probationEnd: { zh: '预备期满', en: 'Probation ends' },
  until: { zh: '延长至', en: 'Extended until' },
  standing: { zh: '党龄起算', en: 'Standing from' },
};

/** `GET /api/development/cases/:id` */
export interface CaseView {
  row: CaseRow;
  record: CaseRecord;
  timeline: TimelineStep[];
  compliance: ComplianceCheck[];
  capacities: Capacity[];
  /** The steps the case allows now and the caller may take. */
  allowedSteps: CaseStepType[];
  /** Who terminated the case, when and why; null unless its status is `terminated`. */
  termination: Termination | null;
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
  note: multiline.trim().max(500).default(''),
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
