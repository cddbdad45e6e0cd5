import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseRecord } from '@bastion/development-contracts';
import { insertRowsOnce, nextSerials, updateIfNewer, upsertVersioned } from '@bastion/platform-persistence';
import { CASE_UPDATED_COLUMNS, caseNumber, caseRow, clockRows, entryRow } from './read-model';

const CASE_TABLE = 'development."case"';

/**
 * Keeps cases' read-model rows, entries and clocks: the workflow's `persistCase`. Idempotent in
 * one transaction: a record replaces the row (and its clocks) only when its version is newer, and
 * an entry is written once (by case and seq). A retried or reordered write changes nothing.
 */
@Injectable()
export class CaseWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  persist(record: CaseRecord): Promise<void> {
    return this.db.transaction(async (tx) => {
      await upsertVersioned(tx, {
        table: CASE_TABLE,
        id: record.caseId,
        version: record.version,
        insert: () => this.insert(tx, record),
        update: () => updateIfNewer(tx, CASE_TABLE, CASE_UPDATED_COLUMNS, caseRow(record, '')),
        replace: () => this.replaceClocks(tx, record),
        append: () => this.appendEntries(tx, record),
      });
    });
  }

  /** A new case, with a number of its own; false if another write got there first. */
  private async insert(tx: EntityManager, record: CaseRecord): Promise<boolean> {
    const [n] = await nextSerials(tx, 'development.case_number_seq');
    return (await insertRowsOnce(tx, CASE_TABLE, [caseRow(record, caseNumber(record.openedAt, n))])) > 0;
  }

  private async replaceClocks(tx: EntityManager, record: CaseRecord): Promise<void> {
    await tx.query(`DELETE FROM development.case_clock WHERE case_id = $1`, [record.caseId]);
    await insertRowsOnce(tx, 'development.case_clock', clockRows(record), null);
  }

  private async appendEntries(tx: EntityManager, record: CaseRecord): Promise<void> {
    const rows = record.entries.map((e) => entryRow(record.caseId, e));
    await insertRowsOnce(tx, 'development.case_entry', rows, ['case_id', 'seq']);
  }
}
