import { Entity, Index } from 'typeorm';
import { uploadedFileColumns } from '@bastion/platform-files';

/**
 * An uploaded file of evidence: its metadata here, its content in the file storage under
 * `storage_key`. Its uploader may always open it; anyone else once a case they may see refers to it.
 */
@Entity({ name: 'file' })
@Index('file_by_uploader', ['uploadedByUserId', 'uploadedAt'])
// The uploader may be an administrator's login that is no person (a direct admission's evidence).
export class FileEntity extends uploadedFileColumns('uploaded_by', { personOptional: true }) {}
