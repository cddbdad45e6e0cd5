import { attachmentSchema } from '@bastion/approvals-contracts';
import { storedFilesController } from '@bastion/platform-files';
import { AttachmentsService } from './attachments.service';

/** `POST /attachments` and `GET /attachments/:id`: files for a request, its actions and signatures. */
export const AttachmentsController = storedFilesController({
  path: 'attachments',
  service: AttachmentsService,
  uploaded: attachmentSchema,
});
