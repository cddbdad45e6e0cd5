import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '@bastion/platform-auth';
import { AttachmentStorage, containing, EvidenceFiles } from '@bastion/platform-files';
import { actorOf, visibleBatchCondition, visibleItemCondition } from '../access';
import { BatchEntity } from '../persistence/entities/batch.entity';
import { FileEntity } from '../persistence/entities/file.entity';
import { ItemEntity } from '../persistence/entities/item.entity';
import { TransitionEntity } from '../persistence/entities/transition.entity';

/** What refers to files already: an item's transitions or a batch's report. */
export type FileOwner = { itemId: string } | { batchId: string };

/** Evidence of the items and annexes of the batches' reports. */
@Injectable()
export class FilesService extends EvidenceFiles<FileOwner> {
  constructor(@InjectDataSource() db: DataSource, storage: AttachmentStorage) {
    super(db, storage, FileEntity, actorOf);
  }

  protected async referencedBy(owner: FileOwner, fileId: string): Promise<boolean> {
    if ('itemId' in owner)
      return this.namedInHistory('rectification.transition', 'item_id', owner.itemId, fileId);
    const rows = (await this.db.query(
      `SELECT 1 FROM rectification.batch WHERE id = $1 AND record -> 'report' -> 'files' @> $2::jsonb`,
      [owner.batchId, containing(fileId)],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Whether an item or batch the caller may see refers to the file. */
  protected async referencedForViewer(principal: Principal, fileId: string): Promise<boolean> {
    const viaItem = await this.namedInVisibleHistory(
      fileId,
      TransitionEntity,
      [ItemEntity, 'i'],
      'item_id',
      visibleItemCondition(principal),
    );
    if (viaItem) return true;
    const [batch, batchParams] = visibleBatchCondition(principal);
    const viaBatch = await this.db
      .createQueryBuilder()
      .select('1')
      .from(BatchEntity, 'b')
      .where(`b.record -> 'report' -> 'files' @> CAST(:containing AS jsonb)`, {
        containing: containing(fileId),
      })
      .andWhere(batch, batchParams)
      .limit(1)
      .getRawOne();
    return viaBatch !== undefined;
  }
}
