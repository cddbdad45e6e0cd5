import { Entity, Index } from 'typeorm';
import { uploadedFileColumns } from '@bastion/platform-files';

/**
 * An uploaded file (evidence, a report's annex): its metadata here, its content in the file
 * storage under `storage_key`. Its uploader may always open it; anyone else, once an item or a
 * batch they may see refers to it.
 */
@Entity({ name: 'file' })
@Index('file_by_uploader', ['uploadedByUserId', 'uploadedAt'])
export class FileEntity extends uploadedFileColumns('uploaded_by') {}
