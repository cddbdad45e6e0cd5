import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Principal } from '@bastion/platform-auth';
import { AttachmentStorage, storeUpload, type UploadedBinary } from '@bastion/platform-files';
import { NotFoundError, OutOfScopeError, ValidationError } from '@bastion/platform-http';
import type { FileRef } from '@bastion/shared-contracts';
import { actorOf, visibleCaseCondition } from '../access';
import { CaseEntity } from '../persistence/entities/case.entity';
import { CaseEntryEntity } from '../persistence/entities/case-entry.entity';
import { FileEntity } from '../persistence/entities/file.entity';

/**
 * Uploaded evidence: checked, hashed and stored on upload. Its uploader may always open a file;
 * anyone else once a case they may see refers to it.
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

  /** The stored file behind a record's reference, for a reader who already may see the record. */
  async open(file: FileEntity): Promise<Readable> {
    return this.storage.open(file.storageKey);
  }

  /** The stored files with these ids. */
  async stored(ids: readonly string[]): Promise<FileEntity[]> {
    if (!ids.length) return [];
    return this.db.getRepository(FileEntity).findBy({ id: In([...new Set(ids)]) });
  }

  /**
   * The files a step names, as stored (the record keeps the uploaded name and hash, not what a
   * client claims): each must be the caller's own upload or already on the case.
   */
  async resolve(
    principal: Principal,
    refs: readonly FileRef[],
    field: string,
    caseId?: string,
  ): Promise<FileRef[]> {
    if (!refs.length) return [];
    const byId = new Map((await this.stored(refs.map((r) => r.id))).map((r) => [r.id, r]));
    const problems = [];
    for (const [i, ref] of refs.entries()) {
      const row = byId.get(ref.id);
      const usable =
        row && (row.uploadedByUserId === principal.userId || (caseId && (await this.onCase(caseId, ref.id))));
      if (!usable) {
        problems.push({
          field: `${field}.${i}`,
          problem: 'is not a file you uploaded, nor one already on this case',
        });
      }
    }
    if (problems.length) throw new ValidationError(problems, 'A named file cannot be used here.');
    return refs.map((ref) => {
      const row = byId.get(ref.id)!;
      return { id: row.id, name: row.name, sha256: row.sha256 };
    });
  }

  private async onCase(caseId: string, fileId: string): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM development.case_entry WHERE case_id = $1 AND files @> $2::jsonb LIMIT 1`,
      [caseId, JSON.stringify([{ id: fileId }])],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Whether a case the caller may see refers to the file. */
  private async referencedForViewer(principal: Principal, fileId: string): Promise<boolean> {
    const [visible, params] = visibleCaseCondition(principal);
    const row = await this.db
      .createQueryBuilder()
      .select('1')
      .from(CaseEntryEntity, 'e')
      .innerJoin(CaseEntity, 'c', 'c.id = e.case_id')
      .where('e.files @> CAST(:containing AS jsonb)', { containing: JSON.stringify([{ id: fileId }]) })
      .andWhere(visible, params)
      .limit(1)
      .getRawOne();
    return row !== undefined;
  }
}
