import type { Readable } from 'node:stream';
import { type DataSource, type EntityTarget, In } from 'typeorm';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError, OutOfScopeError, ValidationError } from '@bastion/platform-http';
import type { FileRef } from '@bastion/shared-contracts';
import type { AttachmentStorage } from './attachment-storage';
import { storeUpload, type UploadedBinary } from './uploads';

/** A stored file as a service keeps it in the `file` table of its own schema. */
export interface StoredFileRow {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedByUserId: string;
  /** Null for an administrator's login that is no person on record. */
  uploadedByPersonId: string | null;
  uploadedByName: string;
  uploadedAt: Date;
}

/**
 * A service's uploaded evidence: checked, hashed and stored on upload. Its uploader may always
 * open a file; anyone else once a record they may see refers to it. A service says what refers
 * to a file (`Owner`: the record a step or action names files on) and who is acting.
 */
export abstract class EvidenceFiles<Owner> {
  protected constructor(
    protected readonly db: DataSource,
    private readonly storage: AttachmentStorage,
    private readonly entity: EntityTarget<StoredFileRow>,
  ) {}

  /** The person uploading (null: an account the service lets upload without one); a login it refuses throws. */
  protected abstract actorOf(principal: Principal): { personId: string | null; name: string };
  /** Whether `owner` already refers to the file. */
  protected abstract referencedBy(owner: Owner, fileId: string): Promise<boolean>;
  /** Whether a record the caller may see refers to the file. */
  protected abstract referencedForViewer(principal: Principal, fileId: string): Promise<boolean>;

  async upload(principal: Principal, file: UploadedBinary | undefined): Promise<FileRef> {
    const actor = this.actorOf(principal);
    const upload = await storeUpload(this.storage, file);
    await this.db.getRepository(this.entity).insert({
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

  async download(principal: Principal, id: string): Promise<{ file: StoredFileRow; content: Readable }> {
    const file = await this.db.getRepository(this.entity).findOneBy({ id });
    if (!file) throw new NotFoundError('The file');
    if (file.uploadedByUserId !== principal.userId && !(await this.referencedForViewer(principal, id))) {
      throw new OutOfScopeError('The file');
    }
    return { file, content: await this.storage.open(file.storageKey) };
  }

  /** The stored file behind a record's reference, for a reader who already may see the record. */
  async open(file: StoredFileRow): Promise<Readable> {
    return this.storage.open(file.storageKey);
  }

  /** The stored files with these ids. */
  async stored(ids: readonly string[]): Promise<StoredFileRow[]> {
    if (!ids.length) return [];
    return this.db.getRepository(this.entity).findBy({ id: In([...new Set(ids)]) });
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
    if (problems.length) throw new ValidationError(problems, 'A named file cannot be used here.');
    return refs.map((ref) => {
      const row = byId.get(ref.id)!;
      return { id: row.id, name: row.name, sha256: row.sha256 };
    });
  }
}
