import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns of a stored file's content, the same in every service's table: its id, name, type,
 * size and digest, and where the storage keeps it. A service's entity adds who uploaded it when
 * (and what owns it) under its own column names.
 */
export abstract class StoredFileColumns {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('int') size!: number;
  @Column('text') sha256!: string;
  @Column('text', { name: 'storage_key' }) storageKey!: string;
}
