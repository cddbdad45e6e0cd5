import type { DataSource, EntityTarget, ObjectLiteral, ObjectType } from 'typeorm';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { ValidationError } from '@bastion/platform-http';
import type { FileRef } from '@bastion/shared-contracts';
import type { AttachmentStorage } from './attachment-storage';
import { StoredFiles, type StoredFileRow, type Uploader } from './stored-files';

/**
 * A service's evidence in the `file` table of its own schema: an upload answers with the
 * reference a step or action names it by. A service says what refers to a file (`Owner`: the
 * record a step or action names files on).
 */
export abstract class EvidenceFiles<Owner> extends StoredFiles<StoredFileRow, FileRef> {
  protected constructor(
    db: DataSource,
    storage: AttachmentStorage,
    entity: EntityTarget<StoredFileRow>,
    uploader: Uploader,
  ) {
    super(db, storage, { entity, noun: 'file', uploader });
  }

  /** Whether `owner` already refers to the file. */
  protected abstract referencedBy(owner: Owner, fileId: string): Promise<boolean>;
  /** Whether a record the caller may see refers to the file. */
  protected abstract referencedForViewer(principal: Principal, fileId: string): Promise<boolean>;

  /** Whether a row of a record's history (`history`, schema-qualified, keyed to it by `key`) names the file. */
  protected async namedInHistory(
    history: string,
    key: string,
    recordId: string,
    fileId: string,
  ): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM ${history} WHERE ${key} = $1 AND files @> $2::jsonb LIMIT 1`,
      [recordId, containing(fileId)],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Whether a row of `history` names the file on a record the caller may see: the history joined
   * to its `record` (by `key`, under the alias the `visible` condition names it by).
   */
  protected async namedInVisibleHistory(
    fileId: string,
    history: ObjectType<ObjectLiteral>,
    record: [entity: ObjectType<ObjectLiteral>, alias: string],
    key: string,
    [visible, params]: [string, ObjectLiteral],
  ): Promise<boolean> {
    const [entity, alias] = record;
    const row: unknown = await this.db
      .createQueryBuilder()
      .select('1')
      .from(history, 'h')
      .innerJoin(entity, alias, `${alias}.id = h.${key}`)
      .where('h.files @> CAST(:containing AS jsonb)', { containing: containing(fileId) })
      .andWhere(visible, params)
      .limit(1)
      .getRawOne();
    return row !== undefined;
  }

  protected view(file: StoredFileRow): FileRef {
    return { id: file.id, name: file.name, sha256: file.sha256 };
  }

  protected ownedForViewer(principal: Principal, file: StoredFileRow): Promise<boolean> {
    return this.referencedForViewer(principal, file.id);
  }

  /**
   * The files a step or an action names, as stored (the record keeps the uploaded name and hash,
   * not what a client claims): each must be the caller's own upload or already on `owner`.
   */
  async resolve(
    principal: Principal,
    refs: readonly FileRef[],
    field: string,
    owner?: Owner,
  ): Promise<FileRef[]> {
    if (!refs.length) return [];
    const byId = new Map((await this.stored(refs.map((r) => r.id))).map((r) => [r.id, r]));
    const problems = [];
    for (const [i, ref] of refs.entries()) {
      const row = byId.get(ref.id);
      const usable =
        row &&
        (row.uploadedByUserId === principal.userId ||
          (owner !== undefined && (await this.referencedBy(owner, ref.id))));
      if (!usable)
        problems.push({
          field: `${field}.${i}`,
          problem: 'is not a file you uploaded, nor one already on this record',
        });
    }
    if (problems.length) throw new ValidationError(problems, composedText('refusal.file_not_usable'));
    return refs.map((ref) => this.view(byId.get(ref.id)!));
  }
}

/** A jsonb array of references that contains the one to the file. */
export function containing(fileId: string): string {
  return JSON.stringify([{ id: fileId }]);
}
