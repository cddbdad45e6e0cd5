import { Column, Entity, Index } from 'typeorm';
import { StoredFileColumns } from '@bastion/platform-files';

/**
 * An uploaded file of evidence: its metadata here, its content in the file storage under
 * `storage_key`. Its uploader may always open it; anyone else once a case they may see refers to it.
 */
@Entity({ name: 'file' })
@Index('file_by_uploader', ['uploadedByUserId', 'uploadedAt'])
export class FileEntity extends StoredFileColumns {
  @Column('uuid', { name: 'uploaded_by_user_id' }) uploadedByUserId!: string;
  /** Null for an administrator's login that is no person (a direct admission's evidence). */
  @Column('uuid', { name: 'uploaded_by_person_id', nullable: true }) uploadedByPersonId!: string | null;
  @Column('text', { name: 'uploaded_by_name' }) uploadedByName!: string;
  @Column('timestamptz', { name: 'uploaded_at' }) uploadedAt!: Date;
}
