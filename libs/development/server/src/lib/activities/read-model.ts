import type { CaseEntry, CaseRecord, Clock } from '@bastion/development-contracts';
import { historyColumns, recordNumber, rewrittenColumns } from '@bastion/platform-persistence';

/** The due date a case without a running clock sorts by: after every real one. */
export const NO_CLOCK = '9999-12-31';

/** The columns of `development.case`. */
const CASE_COLUMNS = [
  'id',
  'number',
  'person_name',
  'person_gender',
  'org_id',
  'org_name',
  'id_path',
  'approving_committee_id',
  'approving_committee_name',
  'status',
  'current_step',
  'application_date',
  'activist_date',
  'candidate_date',
  'admission_date',
  'probation_end',
  'standing_date',
  'next_due',
  'next_due_clock',
  'next_due_kind',
  'due_sort',
  'overdue',
  'migrated',
  'closed_on',
  'version',
  'record',
  'opened_at',
  'updated_at',
] as const;
type CaseColumn = (typeof CASE_COLUMNS)[number];

/** The columns a newer record rewrites: the number and the opening stay as first written. */
export const CASE_UPDATED_COLUMNS = rewrittenColumns(CASE_COLUMNS, ['id', 'number', 'opened_at']);

/** The alert last fired for a clock's present due date. */
function lastAlert(record: CaseRecord, clock: Clock) {
  return record.alerts.filter((a) => a.clock === clock.key && a.due === clock.due).at(-1) ?? null;
}

/** Whether the workflow has flagged one of the running deadlines as passed. */
export function flaggedOverdue(record: CaseRecord): boolean {
  return record.clocks.some((clock) => {
    const level = clock.kind === 'deadline' ? lastAlert(record, clock)?.level : undefined;
    return level === 'overdue' || level === 'escalated';
  });
}

/** The earliest running clock. */
export function nextClock(record: CaseRecord): Clock | null {
  return record.clocks.reduce<Clock | null>(
    (soonest, c) => (!soonest || c.due < soonest.due ? c : soonest),
    null,
  );
}

/**
 * A case's read-model row as `jsonb_populate_record` takes it: keys are the columns of
 * `development.case`. The record is kept without its entries, which have their own table.
 */
export function caseRow(record: CaseRecord, number: string): Record<CaseColumn, unknown> {
  const next = nextClock(record);
  const d = record.dates;
  return {
    id: record.caseId,
    number,
    person_name: record.person.name,
    person_gender: record.person.gender,
    org_id: record.org.id,
    org_name: record.org.name,
    id_path: record.org.idPath,
    approving_committee_id: record.approvingCommittee?.id ?? null,
    approving_committee_name: record.approvingCommittee?.name ?? null,
    status: record.status,
    current_step: record.currentStep,
    application_date: d.application,
    activist_date: d.activist,
    candidate_date: d.candidate,
    admission_date: d.admissionMeeting,
    probation_end: d.probationEnd,
    standing_date: d.standing,
    next_due: next?.due ?? null,
    next_due_clock: next?.key ?? null,
    next_due_kind: next?.kind ?? null,
    due_sort: next?.due ?? NO_CLOCK,
    overdue: flaggedOverdue(record),
    migrated: record.migrated,
    // A case ends closed by a side exit, or finished once the full member's papers are archived.
    closed_on: d.closed ?? d.archived,
    version: record.version,
    record: { ...record, entries: [] },
    opened_at: record.openedAt,
    updated_at: record.entries.at(-1)?.at ?? record.openedAt,
  };
}

/** An entry's row, keys as the columns of `development.case_entry`. */
export function entryRow(caseId: string, entry: CaseEntry): Record<string, unknown> {
  return {
    case_id: caseId,
    seq: entry.seq,
    kind: entry.kind,
    step: entry.step,
    date: entry.date,
    ...historyColumns(entry),
    migrated: entry.migrated,
    rule_set_id: entry.ruleSetId,
    status_after: entry.statusAfter,
    details: entry.details,
  };
}

/** The running clocks' rows, keys as the columns of `development.case_clock`. */
export function clockRows(record: CaseRecord): Record<string, unknown>[] {
  return record.clocks.map((clock) => ({
    case_id: record.caseId,
    key: clock.key,
    kind: clock.kind,
    due: clock.due,
    remind_from: clock.remindFrom,
    escalate_from: clock.escalateFrom,
    level: lastAlert(record, clock)?.level ?? null,
    rule: clock.rule,
    rule_set_id: clock.ruleSetId,
  }));
}

/** `FZ2026-000042`: the Shanghai year the case was opened, a zero-padded serial. */
export function caseNumber(openedAt: string, serial: number): string {
  return recordNumber('FZ', openedAt, serial, 6);
}
