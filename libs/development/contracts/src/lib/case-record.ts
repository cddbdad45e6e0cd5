import { catalogueLabels } from '@bastion/messages';
import type { FileRef, PersonRef, RecordedOrg } from '@bastion/shared-contracts';
import type { CaseStepType, RecordedDecision } from './case-actions';
import type { SignOffKind } from './rule-set';
import type { DevelopmentStatus } from './steps';
import type { VoteCounts, VoteOutcome } from './vote';

/** The statutory and local clocks a case runs on. */
export const clockKeys = [
  'talk',
  'assessment',
  'thought_report',
  'candidacy',
  'review_validity',
  'pre_review',
  'admission_meeting',
  'approval',
  'oath',
  'probation_assessment',
  'probation_end',
  'conversion_approval',
  'archive',
] as const;
export type ClockKey = (typeof clockKeys)[number];

export const clockLabels = catalogueLabels('development.clock', clockKeys);

/**
 * A clock of an open case. A `deadline` is the last on-time date; an `opens` clock is the first
 * date a step is allowed (the candidacy after a year as activist, the end of probation).
 */
export interface Clock {
  key: ClockKey;
  kind: 'deadline' | 'opens';
  due: string;
  /** Reminders go out from this date. */
  remindFrom: string;
  /** For a deadline: past it by the configured working days, the lag is reported upward. */
  escalateFrom: string | null;
  /** The rule behind it, with its article. */
  rule: string;
  ruleSetId: string;
  /**
   * Counted in working days through a year without holiday data: weekdays stood in for working
   * days, and the dates may move once an administrator adds the year.
   */
  provisional?: true;
}

export type AlertLevel = 'reminder' | 'overdue' | 'escalated' | 'opened';
/** A clock that fired: each level once per due date. */
export interface Alert {
  clock: ClockKey;
  level: AlertLevel;
  due: string;
  on: string;
}

export type CaseEntryKind =
  | 'opened'
  | 'migrated'
  | CaseStepType
  | RecordedDecision['type']
  | 'signoff_started'
  | 'pre_review_passed'
  | 'pre_review_failed'
  | 'approval_talk_held'
  | 'approved'
  | 'not_approved'
  | 'conversion_approved'
  | 'conversion_not_approved'
  | 'alert'
  | 'rules_adopted'
  /** An administrator terminated the case's workflow; the note is the reason. */
  | 'terminated';

/**
 * One entry of a case's record: who, when (the business date and the instant it was recorded),
 * the evidence, and which version of the rules governed it.
 */
export interface CaseEntry {
  /** 1, 2, 3 … per case; the read model keys on it. */
  seq: number;
  kind: CaseEntryKind;
  /** The step (1–25) the entry belongs to, when it belongs to one. */
  step: number | null;
  /** The business date the step happened on. */
  date: string | null;
  /** UTC instant it was recorded. */
  at: string;
  actor: PersonRef | null;
  automatic: boolean;
  /** Taken from a paper record. */
  migrated: boolean;
  note: string;
  files: FileRef[];
  ruleSetId: string;
  statusAfter: DevelopmentStatus;
  /** Step-specific facts: counts and outcome of a vote, sponsors named, the alert fired … */
  details: Record<string, unknown>;
  requestId?: string;
}

export interface VoteRecord {
  kind: 'admission' | 'conversion';
  date: string;
  counts: VoteCounts;
  outcome: VoteOutcome;
  resolution: 'admit' | 'convert' | 'extend' | 'cancel';
  extensionMonths: number | null;
  seq: number;
}

export interface PendingSignOff {
  kind: SignOffKind;
  requestId: string;
  workflowId: string;
  startedOn: string;
}

/** The business dates of the case; null until the step is done. */
export interface CaseDates {
  application: string;
  talk: string | null;
  activist: string | null;
  activistFiled: string | null;
  mentors: string | null;
  candidate: string | null;
  candidateFiled: string | null;
  sponsors: string | null;
  committeeReview: string | null;
  preReview: string | null;
  applicationForm: string | null;
  /** 入党时间: the admission meeting's date. */
  admissionMeeting: string | null;
  approvalTalk: string | null;
  approvalSubmitted: string | null;
  approval: string | null;
  approvalFiled: string | null;
  placement: string | null;
  oath: string | null;
  /** Admission meeting + 1 year; moved by an extension. */
  probationEnd: string | null;
  conversionApplication: string | null;
  conversionMeeting: string | null;
  conversionSubmitted: string | null;
  conversionApproval: string | null;
  /** 党龄 counts from this date: the end of probation (or of the extension), never the meeting's. */
  standing: string | null;
  archived: string | null;
  closed: string | null;
}

/**
 * A development case as its workflow holds it: the `state` query answers with it and the read
 * model is kept from it. Dates are Asia/Shanghai business dates, instants UTC ISO strings.
 */
export interface CaseRecord {
  /** The person's id: one case per person. */
  caseId: string;
  person: { personId: string; name: string; gender: 'male' | 'female'; birthDate: string | null };
  org: RecordedOrg;
  approvingCommittee: { id: string; name: string } | null;
  status: DevelopmentStatus;
  /** The next step on the main line (1–25); null once the case is finished or closed. */
  currentStep: number | null;
  dates: CaseDates;
  mentors: PersonRef[];
  sponsors: PersonRef[];
  review: { date: string; passed: boolean; validUntil: string | null } | null;
  training: { from: string; to: string; days: number; hours: number; provider: string } | null;
  leaving: { on: string; exceptionReason: string | null } | null;
  preReviewPassed: boolean | null;
  assessments: { date: string; phase: 'activist' | 'probation' }[];
  thoughtReports: string[];
  votes: VoteRecord[];
  approvalLateReason: string | null;
  /** The special reason recorded for a conversion approved past 3 months of its meeting. */
  conversionLateReason?: string | null;
  /** 延长预备期: once only. */
  extension: { months: number; until: string; meetingDate: string } | null;
  /** A passed conversion resolution waiting for, or decided by, the committee. */
  resolution: {
    kind: 'convert' | 'extend' | 'cancel';
    meetingDate: string;
    extensionMonths: number | null;
  } | null;
  pending: PendingSignOff | null;
  notChosen: { date: string; reason: string; reconsiderOn: string | null } | null;
  directAdmission: { date: string; authority: string } | null;
  closedReason: string | null;
  migrated: boolean;
  /** The clocks now running, earliest first. */
  clocks: Clock[];
  alerts: Alert[];
  entries: CaseEntry[];
  /** The rule-set versions the case knows, by id and effective date (the full sets live in the workflow). */
  ruleSets: { id: string; effectiveFrom: string }[];
  openedAt: string;
  /** Grows with every change; the read model keeps the highest it has seen. */
  version: number;
}
