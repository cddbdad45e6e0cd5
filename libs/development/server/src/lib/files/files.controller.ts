import { storedFilesController } from '@bastion/platform-files';
import { fileRefSchema } from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import { FilesService } from './files.service';

/** `POST /files` and `GET /files/:id`: evidence of the cases, for those who work member development. */
export const FilesController = storedFilesController({
  path: 'files',
  service: FilesService,
  uploaded: fileRefSchema,
  guards: [DevelopmentRoleGuard],
});
