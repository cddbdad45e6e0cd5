import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '@bastion/platform-auth';
import { AttachmentStorage, EvidenceFiles } from '@bastion/platform-files';
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
    const containing = JSON.stringify([{ id: fileId }]);
    const rows: unknown[] =
      'itemId' in owner
        ? await this.db.query(
            `SELECT 1 FROM rectification.transition WHERE item_id = $1 AND files @> $2::jsonb LIMIT 1`,
            [owner.itemId, containing],
          )
        : await this.db.query(
            `SELECT 1 FROM rectification.batch WHERE id = $1 AND record -> 'report' -> 'files' @> $2::jsonb`,
            [owner.batchId, containing],
          );
    return rows.length > 0;
  }

  /** Whether an item or batch the caller may see refers to the file. */
  protected async referencedForViewer(principal: Principal, fileId: string): Promise<boolean> {
    const containing = JSON.stringify([{ id: fileId }]);
    const [item, itemParams] = visibleItemCondition(principal);
    const [batch, batchParams] = visibleBatchCondition(principal);
    const viaItem = await this.db
      .createQueryBuilder()
      .select('1')
      .from(TransitionEntity, 't')
      .innerJoin(ItemEntity, 'i', 'i.id = t.item_id')
      .where('t.files @> CAST(:containing AS jsonb)', { containing })
      .andWhere(item, itemParams)
      .limit(1)
      .getRawOne();
    if (viaItem) return true;
    const viaBatch = await this.db
      .createQueryBuilder()
      .select('1')
      .from(BatchEntity, 'b')
      .where(`b.record -> 'report' -> 'files' @> CAST(:containing AS jsonb)`, { containing })
      .andWhere(batch, batchParams)
      .limit(1)
      .getRawOne();
    return viaBatch !== undefined;
  }
}
