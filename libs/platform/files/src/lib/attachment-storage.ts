import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/** Where attachment contents live; metadata stays in the database. */
export abstract class AttachmentStorage {
  /** Stores the content under a key the service chose; the key is unique, never overwritten. */
  abstract put(key: string, content: Buffer): Promise<void>;
  abstract open(key: string): Promise<Readable>;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** Files under one directory on the local disk (a mounted volume in a deployment). */
export class LocalDiskStorage extends AttachmentStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o750 });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.partial`;
    await writeFile(partial, content, { mode: 0o640 });
    await rename(partial, path);
  }

  async open(key: string): Promise<Readable> {
    const path = this.path(key);
    await stat(path);
    return createReadStream(path);
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not an attachment storage key: ${key}`);
    return join(this.root, key);
  }
}

/** The storage key of an attachment: its id, under a folder named by the id's first two characters. */
export function storageKeyOf(id: string): string {
  return `${id.slice(0, 2)}/${id}`;
}
