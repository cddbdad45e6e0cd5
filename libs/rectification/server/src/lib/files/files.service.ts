import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { FileRef } from '@bastion/rectification-contracts';
import type { Principal } from '@bastion/platform-auth';
import { AttachmentStorage, storeUpload, type UploadedBinary } from '@bastion/platform-files';
import { NotFoundError, OutOfScopeError, ValidationError } from '@bastion/platform-http';
import { actorOf, visibleBatchCondition, visibleItemCondition } from '../access';
import { BatchEntity } from '../persistence/entities/batch.entity';
import { FileEntity } from '../persistence/entities/file.entity';
import { ItemEntity } from '../persistence/entities/item.entity';
import { TransitionEntity } from '../persistence/entities/transition.entity';

/** What refers to files already: an item's transitions or a batch's report. */
export type FileOwner = { itemId: string } | { batchId: string };

/**
 * Uploaded evidence and report annexes: checked, hashed and stored on upload. Its uploader may
 * always open a file; anyone else once an item or batch they may see refers to it.
 */
@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: AttachmentStorage,
  ) {}

  async upload(principal: Principal, file: UploadedBinary | undefined): Promise<FileRef> {
    const actor = actorOf(principal);
    const upload = await storeUpload(this.storage, file);
    await this.db.getRepository(FileEntity).insert({
      id: upload.id,
      name: upload.name,
      contentType: upload.contentType,
      size: upload.size,
      sha256: upload.sha256,
      storageKey: upload.storageKey,
      uploadedByUserId: principal.userId,
      uploadedByPersonId: actor.personId,
      uploadedByName: actor.name,
      uploadedAt: new Date(),
    });
    return { id: upload.id, name: upload.name, sha256: upload.sha256 };
  }

  async download(principal: Principal, id: string): Promise<{ file: FileEntity; content: Readable }> {
    const file = await this.db.getRepository(FileEntity).findOneBy({ id });
    if (!file) throw new NotFoundError('The file');
    if (file.uploadedByUserId !== principal.userId && !(await this.referencedForViewer(principal, id))) {
      throw new OutOfScopeError('The file');
    }
    return { file, content: await this.storage.open(file.storageKey) };
  }

  /**
   * The files an action or a registration names, as stored (the record keeps the uploaded name and
   * hash, not what a client claims): each must be the caller's own upload or already on `owner`.
   */
  async resolve(
    principal: Principal,
    refs: readonly FileRef[],
    field: string,
    owner?: FileOwner,
  ): Promise<FileRef[]> {
    if (!refs.length) return [];
    const rows = await this.db.getRepository(FileEntity).findBy({ id: In(refs.map((r) => r.id)) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const problems = [];
    for (const [i, ref] of refs.entries()) {
      const row = byId.get(ref.id);
      const usable =
        row &&
        (row.uploadedByUserId === principal.userId || (owner && (await this.referencedBy(owner, ref.id))));
      if (!usable)
        problems.push({
          field: `${field}.${i}`,
          problem: 'is not a file you uploaded, nor one already on this record',
        });
    }
    if (problems.length) throw new ValidationError(problems, 'A named file cannot be used here.');
    return refs.map((ref) => {
      const row = byId.get(ref.id)!;
      return { id: row.id, name: row.name, sha256: row.sha256 };
    });
  }

  private async referencedBy(owner: FileOwner, fileId: string): Promise<boolean> {
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
  private async referencedForViewer(principal: Principal, fileId: string): Promise<boolean> {
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
