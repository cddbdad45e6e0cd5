import { historyColumns, personColumns, recordNumber, rewrittenColumns } from '@bastion/platform-persistence';
import type { BatchRecord, ItemRecord, SourceConfig, Transition } from '@bastion/rectification-contracts';

/** The due date an item without a deadline sorts by: after every real one. */
export const NO_DEADLINE = '9999-12-31';

/** The columns of `rectification.item`. */
const ITEM_COLUMNS = [
  'id',
  'number',
  'batch_id',
  'source',
  'problem',
  'category',
  'seriousness',
  'measures',
  'target',
  'org_id',
  'org_name',
  'org_path',
  'owner_person_id',
  'owner_name',
  'leader_person_id',
  'leader_name',
  'supporting_units',
  'status',
  'round',
  'reopened',
  'fixed_on_spot',
  'named_supervision',
  'deadline',
  'due_sort',
  'amber_from',
  'provisional',
  'progress',
  'evidence_count',
  'closed_on',
  'exempt',
  'record',
  'version',
  'registered_at',
  'updated_at',
] as const;
type ItemColumn = (typeof ITEM_COLUMNS)[number];

/** The columns a newer record rewrites: the number, the batch and the registration stay as first written. */
export const ITEM_UPDATED_COLUMNS = rewrittenColumns(ITEM_COLUMNS, [
  'id',
  'number',
  'batch_id',
  'registered_at',
]);

/**
 * An item's read-model row as `jsonb_populate_record` takes it: keys are the columns of
 * `rectification.item`. The record is kept without its transitions, which have their own table.
 */
export function itemRow(record: ItemRecord, number: string): Record<ItemColumn, unknown> {
  const { text } = record;
  return {
    id: record.itemId,
    number,
    batch_id: record.batchId,
    source: record.source,
    problem: text.problem,
    category: text.category,
    seriousness: text.seriousness,
    measures: text.measures,
    target: text.target,
    org_id: record.org.id,
    org_name: record.org.name,
    org_path: record.org.idPath,
    ...personColumns('owner', record.owner),
    ...personColumns('leader', record.leader),
    supporting_units: text.supportingUnits,
    status: record.status,
    round: record.round,
    reopened: record.reopened,
    fixed_on_spot: record.fixedOnSpot,
    named_supervision: record.namedSupervision,
    deadline: record.deadline,
    due_sort: record.deadline ?? NO_DEADLINE,
    amber_from: record.amberFrom,
    provisional: record.provisional === true,
    progress: record.progressPercent,
    evidence_count: record.evidenceCount,
    closed_on: record.closedOn,
    exempt: text.exemptFromPublication,
    record: { ...record, transitions: [] },
    version: record.version,
    registered_at: record.registeredAt,
    updated_at: record.transitions[record.transitions.length - 1]?.at ?? record.registeredAt,
  };
}

/** A transition's row, keys as the columns of `rectification.transition`. */
export function transitionRow(itemId: string, t: Transition): Record<string, unknown> {
  return {
    item_id: itemId,
    seq: t.seq,
    kind: t.kind,
    from_status: t.from,
    to_status: t.to,
    ...historyColumns(t),
    ...personColumns('signing_leader', t.signingLeader),
    deadline: t.deadline ?? null,
  };
}

/** A batch's row, keys as the columns of `rectification.batch`. */
export function batchRow(record: BatchRecord, number: string, config: SourceConfig): Record<string, unknown> {
  const created = record.events[0]?.at ?? new Date().toISOString();
  return {
    id: record.batchId,
    number,
    title: record.title,
    source: record.source,
    feedback_date: record.feedbackDate,
    report_deadline: record.reportDeadline,
    provisional: record.provisional === true,
    inspected_org_id: record.inspectedOrg.id,
    inspected_org_name: record.inspectedOrg.name,
    inspected_org_path: record.inspectedOrg.idPath,
    status: record.status,
    config,
    record,
    version: record.version,
    ...personColumns('created_by', record.createdBy),
    created_at: created,
    updated_at: record.events[record.events.length - 1]?.at ?? created,
  };
}

/** `ZG2026-000042`, `PC2026-0007`: a prefix, the Shanghai year of the first instant, a zero-padded serial. */
export function humanNumber(prefix: 'ZG' | 'PC', at: string, serial: number): string {
  return recordNumber(prefix, at, serial, prefix === 'ZG' ? 6 : 4);
}
