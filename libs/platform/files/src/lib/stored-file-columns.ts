import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns of a stored file's content, the same in every service's table: its id, name, type,
 * size and digest, and where the storage keeps it. A service's entity adds who uploaded it when
 * (`uploadedFileColumns`, under its own column names) and what owns it.
 */
export abstract class StoredFileColumns {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('int') size!: number;
  @Column('text') sha256!: string;
  @Column('text', { name: 'storage_key' }) storageKey!: string;
}

/**
 * A stored file's columns with who uploaded it when, named as the service's table names them:
 * `<uploader>_user_id`, `<uploader>_person_id` (null for a login that is no person, where the
 * service lets one upload) and `<uploader>_name`, and `uploaded_at`.
 */
export function uploadedFileColumns<PersonOptional extends boolean = false>(
  uploader: 'uploaded_by' | 'uploader',
  options: { personOptional?: PersonOptional } = {},
) {
  abstract class UploadedFileColumns extends StoredFileColumns {
    @Column('uuid', { name: `${uploader}_user_id` }) uploadedByUserId!: string;
    @Column('uuid', { name: `${uploader}_person_id`, nullable: options.personOptional === true })
    uploadedByPersonId!: string | null;
    @Column('text', { name: `${uploader}_name` }) uploadedByName!: string;
    @Column('timestamptz', { name: 'uploaded_at' }) uploadedAt!: Date;
  }
  type Uploaded = Omit<UploadedFileColumns, 'uploadedByPersonId'> & {
    uploadedByPersonId: PersonOptional extends true ? string | null : string;
  };
  return UploadedFileColumns as abstract new () => Uploaded;
}
