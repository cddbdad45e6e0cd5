import { Column, Entity, Index } from 'typeorm';
import { uploadedFileColumns } from '@bastion/platform-files';

/**
 * An uploaded file: its metadata here, its content in the attachment storage under
 * `storage_key`. It belongs to its uploader until it is used on a request, and to that request
 * from then on.
 */
@Entity({ name: 'attachment' })
@Index('attachment_by_request', ['requestId'])
@Index('attachment_by_uploader', ['uploadedByUserId', 'uploadedAt'])
export class AttachmentEntity extends uploadedFileColumns('uploader') {
  /** The request the file was first used on; no foreign key, since a general request claims its files before its row exists. */
  @Column('uuid', { name: 'request_id', nullable: true }) requestId!: string | null;
}
