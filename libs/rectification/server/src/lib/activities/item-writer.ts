import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ItemRecord } from '@bastion/rectification-contracts';
import { insertRowsOnce, nextSerials, updateIfNewer, upsertVersioned } from '@bastion/platform-persistence';
import { humanNumber, ITEM_UPDATED_COLUMNS, itemRow, transitionRow } from './read-model';

const ITEM_TABLE = 'rectification.item';

/**
 * Keeps items' read-model rows and their transitions. Every write is idempotent: a new item is
 * inserted once (by id), a record replaces the row only when its version is newer, and a
 * transition is written once (by item and seq). So the registration's own write, the workflow's
 * first persist and any retried activity agree.
 */
@Injectable()
export class ItemWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The workflow's `persistItem`: the row, if the record is newer, and its new transitions, in one transaction. */
  persist(record: ItemRecord): Promise<void> {
    return this.db.transaction(async (tx) => {
      await upsertVersioned(tx, {
        table: ITEM_TABLE,
        id: record.itemId,
        version: record.version,
        insert: async () => (await this.insertRows(tx, [record])) > 0,
        update: () => updateIfNewer(tx, ITEM_TABLE, ITEM_UPDATED_COLUMNS, itemRow(record, '')),
        append: () => this.insertTransitions(tx, [record]),
      });
    });
  }

  /**
   * Registers new items (their first records, version 0) with numbers of their own; ids already
   * on record are left as they are. Returns how many were new.
   */
  async insertNew(records: ItemRecord[], tx?: EntityManager): Promise<number> {
    if (!tx) return this.db.transaction((inner) => this.insertNew(records, inner));
    const inserted = await this.insertRows(tx, records);
    await this.insertTransitions(tx, records);
    return inserted;
  }

  private async insertRows(tx: EntityManager, records: ItemRecord[]): Promise<number> {
    if (!records.length) return 0;
    const serials = await nextSerials(tx, 'rectification.item_number_seq', records.length);
    const rows = records.map((r, i) => itemRow(r, humanNumber('ZG', r.registeredAt, serials[i]!)));
    return insertRowsOnce(tx, ITEM_TABLE, rows);
  }

  private async insertTransitions(tx: EntityManager, records: ItemRecord[]): Promise<void> {
    const rows = records.flatMap((r) => r.transitions.map((t) => transitionRow(r.itemId, t)));
    await insertRowsOnce(tx, 'rectification.transition', rows, ['item_id', 'seq']);
  }
}
