import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseRecord } from '@bastion/development-contracts';
import { CASE_UPDATED_COLUMNS, caseNumber, caseRow, clockRows, entryRow } from './read-model';

const assignments = CASE_UPDATED_COLUMNS.map((c) => `"${c}" = r."${c}"`).join(', ');

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
      const [existing] = (await tx.query(
        `SELECT version, status FROM development."case" WHERE id = $1 FOR UPDATE`,
        [record.caseId],
      )) as { version: number; status: string }[];
      // An administrator terminated the case; a write still in flight from before changes nothing.
      if (existing?.status === 'terminated') return;
      const newer = (!existing && (await this.insert(tx, record))) || (await this.update(tx, record));
      if (newer) await this.replaceClocks(tx, record);
      await this.appendEntries(tx, record);
    });
  }

  /** A new case, with a number of its own; false if another write got there first. */
  private async insert(tx: EntityManager, record: CaseRecord): Promise<boolean> {
    const [{ n }] = (await tx.query(`SELECT nextval('development.case_number_seq')::int AS n`)) as [
      { n: number },
    ];
    const inserted = (await tx.query(
      `INSERT INTO development."case"
         SELECT * FROM jsonb_populate_record(NULL::development."case", $1::jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [JSON.stringify(caseRow(record, caseNumber(record.openedAt, n)))],
    )) as unknown[];
    return inserted.length > 0;
  }

  private async update(tx: EntityManager, record: CaseRecord): Promise<boolean> {
    // An UPDATE answers with its rows and how many it changed.
    const [, changed] = (await tx.query(
      `UPDATE development."case" AS c SET ${assignments}
         FROM jsonb_populate_record(NULL::development."case", $1::jsonb) AS r
        WHERE c.id = r.id AND c.version < r.version`,
      [JSON.stringify(caseRow(record, ''))],
    )) as [unknown, number];
    return changed > 0;
  }

  private async replaceClocks(tx: EntityManager, record: CaseRecord): Promise<void> {
    await tx.query(`DELETE FROM development.case_clock WHERE case_id = $1`, [record.caseId]);
    const rows = clockRows(record);
    if (!rows.length) return;
    await tx.query(
      `INSERT INTO development.case_clock
         SELECT * FROM jsonb_populate_recordset(NULL::development.case_clock, $1::jsonb)`,
      [JSON.stringify(rows)],
    );
  }

  private async appendEntries(tx: EntityManager, record: CaseRecord): Promise<void> {
    if (!record.entries.length) return;
    await tx.query(
      `INSERT INTO development.case_entry
         SELECT * FROM jsonb_populate_recordset(NULL::development.case_entry, $1::jsonb)
       ON CONFLICT (case_id, seq) DO NOTHING`,
      [JSON.stringify(record.entries.map((e) => entryRow(record.caseId, e)))],
    );
  }
}
