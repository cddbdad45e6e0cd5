import type { Readable } from 'node:stream';
import { type DataSource, type EntityTarget, In } from 'typeorm';
import type { RecordNoun } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError, OutOfScopeError } from '@bastion/platform-http';
import type { AttachmentStorage } from './attachment-storage';
import { storeUpload, type UploadedBinary } from './uploads';

/** A stored file as a service keeps it in a table of its own schema. */
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

/** The person uploading (null: an account the service lets upload without one); a login it refuses throws. */
export type Uploader = (principal: Principal) => { personId: string | null; name: string };

/** Where a service keeps its files, what it calls one in its refusals (`file`), and who may upload. */
export interface StoredFilesTable<Row extends StoredFileRow> {
  entity: EntityTarget<Row>;
  noun: RecordNoun;
  uploader: Uploader;
}

/**
 * A service's uploaded files: checked, hashed and stored on upload. Its uploader may always open
 * a file; anyone else once a record they may see owns it. A service says where the files are and
 * who may upload (`StoredFilesTable`), what an upload answers with, and which records own a file
 * the caller may see.
 */
export abstract class StoredFiles<Row extends StoredFileRow, View> {
  protected constructor(
    protected readonly db: DataSource,
    private readonly storage: AttachmentStorage,
    private readonly table: StoredFilesTable<Row>,
  ) {}

  /** What an upload answers with. */
  protected abstract view(file: Row): View;
  /** Whether a record the caller may see owns the file. */
  protected abstract ownedForViewer(principal: Principal, file: Row): Promise<boolean>;

  async upload(principal: Principal, file: UploadedBinary | undefined): Promise<View> {
    const actor = this.table.uploader(principal);
    const upload = await storeUpload(this.storage, file);
    const row: StoredFileRow = {
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
    };
    // Every column beyond these (a request the file is bound to later) starts empty.
    await this.db.getRepository(this.table.entity as EntityTarget<StoredFileRow>).insert(row);
    return this.view(row as Row);
  }

  async download(principal: Principal, id: string): Promise<{ file: Row; content: Readable }> {
    const file = await this.db.getRepository(this.table.entity).findOneBy({ id } as never);
    if (!file) throw new NotFoundError(this.table.noun);
    if (file.uploadedByUserId !== principal.userId && !(await this.ownedForViewer(principal, file))) {
      throw new OutOfScopeError(this.table.noun);
    }
    return { file, content: await this.storage.open(file.storageKey) };
  }

  /** The stored file behind a record's reference, for a reader who already may see the record. */
  async open(file: StoredFileRow): Promise<Readable> {
    return this.storage.open(file.storageKey);
  }

  /** The stored files with these ids. */
  async stored(ids: readonly string[]): Promise<Row[]> {
    if (!ids.length) return [];
    return this.db.getRepository(this.table.entity).findBy({ id: In([...new Set(ids)]) } as never);
  }
}
