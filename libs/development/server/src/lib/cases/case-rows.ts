import { stepDefinitions, type CaseEntry, type CaseRow } from '@bastion/development-contracts';
import type { CaseEntity } from '../persistence/entities/case.entity';
import type { CaseEntryEntity } from '../persistence/entities/case-entry.entity';

/**
 * Whether a case (alias `c`) is overdue as of the `:today` parameter: its workflow flagged a
 * deadline, or its next clock is a deadline already past (the day before the workflow's timer
 * has written the flag).
 */
export const CASE_OVERDUE = `(c.overdue OR COALESCE(c.next_due_kind = 'deadline' AND c.next_due < CAST(:today AS date), false))`;

export function isOverdue(c: CaseEntity, today: string): boolean {
  return c.overdue || (c.nextDueKind === 'deadline' && c.nextDue !== null && c.nextDue < today);
}

/** A list row from the read model, its overdue flag as of `today` (Asia/Shanghai). */
export function caseRowOf(c: CaseEntity, today: string): CaseRow {
  return {
    id: c.id,
    number: c.number,
    person: { id: c.id, name: c.personName, gender: c.personGender },
    org: { id: c.orgId, name: c.orgName },
    status: c.status,
    currentStep: c.currentStep,
    currentStepKey: c.currentStep ? (stepDefinitions[c.currentStep - 1]?.key ?? null) : null,
    applicationDate: c.applicationDate,
    activistDate: c.activistDate,
    candidateDate: c.candidateDate,
    admissionDate: c.admissionDate,
    probationEnd: c.probationEnd,
    standingDate: c.standingDate,
    nextDue:
      c.nextDue && c.nextDueClock && c.nextDueKind
        ? { clock: c.nextDueClock, due: c.nextDue, kind: c.nextDueKind }
        : null,
    overdue: isOverdue(c, today),
    migrated: c.migrated,
    closedOn: c.closedOn,
  };
}

export function entryOf(e: CaseEntryEntity): CaseEntry {
  return {
    seq: e.seq,
    kind: e.kind,
    step: e.step,
    date: e.date,
    at: e.at.toISOString(),
    actor: e.actorPersonId ? { personId: e.actorPersonId, name: e.actorName ?? '' } : null,
    automatic: e.automatic,
    migrated: e.migrated,
    note: e.note,
    files: e.files,
    ruleSetId: e.ruleSetId,
    statusAfter: e.statusAfter,
    details: e.details,
    ...(e.requestId ? { requestId: e.requestId } : {}),
  };
}
