import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { insertRowsOnce, nextSerials } from '@bastion/platform-persistence';
import type { BatchRecord, SourceConfig } from '@bastion/rectification-contracts';
import { batchRow, humanNumber } from './read-model';

/**
 * Keeps batches' read-model rows. The service writes the row when it opens the batch (with the
 * configuration the batch's items start with); the workflow's `persistBatch` then replaces its
 * record only with a newer version.
 */
@Injectable()
export class BatchWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Writes a new batch with a number of its own; a batch already on record is left as it is. */
  async insertNew(record: BatchRecord, config: SourceConfig): Promise<void> {
    const [n] = await nextSerials(this.db, 'rectification.batch_number_seq');
    const at = record.events[0]?.at ?? new Date().toISOString();
    await insertRowsOnce(this.db.manager, 'rectification.batch', [
      batchRow(record, humanNumber('PC', at, n), config),
    ]);
  }

  /** The workflow's `persistBatch`. */
  async persist(record: BatchRecord): Promise<void> {
    const [, updated] = (await this.db.query(
      `UPDATE rectification.batch SET status = $2, report_deadline = $3, record = $4::jsonb, version = $5,
         updated_at = $6, provisional = $7
       WHERE id = $1 AND version < $5`,
      [
        record.batchId,
        record.status,
        record.reportDeadline,
        JSON.stringify(record),
        record.version,
        record.events[record.events.length - 1]?.at ?? new Date().toISOString(),
        record.provisional === true,
      ],
    )) as [unknown, number];
    if (updated > 0) return;
    const [row] = (await this.db.query(`SELECT 1 FROM rectification.batch WHERE id = $1`, [
      record.batchId,
    ])) as unknown[];
    // The service writes the row before it starts the workflow; retried until it is there.
    if (!row) throw new Error(`batch ${record.batchId} is not on record yet`);
  }
}
