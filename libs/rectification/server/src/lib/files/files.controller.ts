import { storedFilesController } from '@bastion/platform-files';
import { fileRefSchema } from '@bastion/shared-contracts';
import { FilesService } from './files.service';

/** `POST /files` and `GET /files/:id`: evidence of the items and annexes of the batches' reports. */
export const FilesController = storedFilesController({
  path: 'files',
  service: FilesService,
  uploaded: fileRefSchema,
});
