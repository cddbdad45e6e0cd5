import {
  type CaseEntry,
  type CaseRecord,
  type DevelopmentStatus,
  exitStatuses,
  type StepKey,
  stepByKey,
  stepDefinitions,
} from '@bastion/development-contracts';
import { ruleSetOn } from '../rule-set-on';
import type { RuleContext } from '../rule-context';

/** A case is closed by a side exit, and finished once the full member's papers are archived. */
/**
 * The dates of the admission itself, from the committee review to sending it for approval, none
 * on record yet: a new case's, and what redoing a lapsed or failed admission takes off the case.
 */
export const admissionDatesCleared = {
  committeeReview: null,
  preReview: null,
  applicationForm: null,
  admissionMeeting: null,
  approvalTalk: null,
  approvalSubmitted: null,
} as const;

export function isClosed(record: CaseRecord): boolean {
  return (exitStatuses as readonly DevelopmentStatus[]).includes(record.status);
}

export function isFinished(record: CaseRecord): boolean {
  return isClosed(record) || record.dates.archived !== null;
}

/** Whether a step of the main line is done, read from the record. */
export function stepDone(record: CaseRecord, key: StepKey): boolean {
  const d = record.dates;
  switch (key) {
    case 'application':
      return true;
    case 'talk':
      return d.talk !== null;
    case 'activist':
      return d.activist !== null;
    case 'activist_filing':
      return d.activistFiled !== null;
    case 'mentors':
      return d.mentors !== null;
    case 'education':
      return d.candidate !== null;
    case 'candidate':
      return d.candidate !== null;
    case 'candidate_filing':
      return d.candidateFiled !== null;
    case 'sponsors':
      return d.sponsors !== null;
    case 'political_review':
      return record.review?.passed === true;
    case 'concentrated_training':
      return record.training !== null;
    case 'committee_review':
      return d.committeeReview !== null;
    case 'pre_review':
      return record.preReviewPassed === true;
    case 'application_form':
      return d.applicationForm !== null;
    case 'admission_meeting':
      return d.admissionMeeting !== null;
    case 'approval_talk':
      return d.approvalTalk !== null;
    case 'approval':
      return d.approval !== null;
    case 'approval_filing':
      return d.approvalFiled !== null;
    case 'placement':
      return d.placement !== null;
    case 'oath':
      return d.oath !== null;
    case 'probation_education':
      return d.conversionMeeting !== null && record.resolution?.kind === 'convert';
    case 'conversion_application':
      return d.conversionApplication !== null;
    case 'conversion_meeting':
      return d.conversionMeeting !== null;
    case 'conversion_approval':
      return d.conversionApproval !== null;
    case 'archive':
      return d.archived !== null;
  }
}

/** The first step of the main line not yet done; null once finished or closed. */
export function currentStep(record: CaseRecord): number | null {
  if (isFinished(record)) return null;
  // A direct admission skips the steps before probation.
  const from = record.directAdmission ? stepByKey.placement.number : 1;
  return stepDefinitions.find((s) => s.number >= from && !stepDone(record, s.key))?.number ?? null;
}

export interface EntryDraft {
  kind: CaseEntry['kind'];
  step: number | null;
  date: string | null;
  actor: CaseEntry['actor'];
  automatic?: boolean;
  migrated?: boolean;
  note?: string;
  files?: CaseEntry['files'];
  details?: Record<string, unknown>;
  requestId?: string;
}

/**
 * Appends an entry, stamped with the version of the rules that governed its date, and brings the
 * derived fields (current step) up to date. Every change of a case goes through here.
 */
export function withEntry(record: CaseRecord, draft: EntryDraft, ctx: RuleContext): CaseRecord {
  const entry: CaseEntry = {
    seq: record.entries.length + 1,
    kind: draft.kind,
    step: draft.step,
    date: draft.date,
    at: ctx.now,
    actor: draft.actor,
    automatic: draft.automatic ?? false,
    migrated: draft.migrated ?? false,
    note: draft.note ?? '',
    files: draft.files ?? [],
    ruleSetId: ruleSetOn(ctx.ruleSets, draft.date ?? ctx.today).id,
    statusAfter: record.status,
    details: draft.details ?? {},
    ...(draft.requestId ? { requestId: draft.requestId } : {}),
  };
  return { ...record, entries: [...record.entries, entry], currentStep: currentStep(record) };
}

/** The latest of the dates given (ignoring nulls); the date a following step may not precede. */
export function latestOf(...dates: (string | null | undefined)[]): string | null {
  let latest: string | null = null;
  for (const d of dates) if (d && (latest === null || d > latest)) latest = d;
  return latest;
}

/** The business date a done step is on record with; null while not done. */
export function stepDate(record: CaseRecord, key: StepKey): string | null {
  const d = record.dates;
  const dates: Record<StepKey, string | null> = {
    application: d.application,
    talk: d.talk,
    activist: d.activist,
    activist_filing: d.activistFiled,
    mentors: d.mentors,
    education: d.candidate,
    candidate: d.candidate,
    candidate_filing: d.candidateFiled,
    sponsors: d.sponsors,
    political_review: record.review?.passed ? record.review.date : null,
    concentrated_training: record.training?.to ?? null,
    committee_review: d.committeeReview,
    pre_review: record.preReviewPassed ? d.preReview : null,
    application_form: d.applicationForm,
    admission_meeting: d.admissionMeeting,
    approval_talk: d.approvalTalk,
    approval: d.approval,
    approval_filing: d.approvalFiled,
    placement: d.placement,
    oath: d.oath,
    probation_education: record.resolution?.kind === 'convert' ? d.conversionMeeting : null,
    conversion_application: d.conversionApplication,
    conversion_meeting: d.conversionMeeting,
    conversion_approval: d.conversionApproval,
    archive: d.archived,
  };
  return dates[key];
}
