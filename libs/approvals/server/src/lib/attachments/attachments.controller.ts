import { Controller, Get, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Attachment, attachmentSchema } from '@bastion/approvals-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ValidParam } from '@bastion/platform-http';
import { idSchema } from '@bastion/shared-contracts';
import { AttachmentsService, type UploadedBinary } from './attachments.service';
import { allowedExtensions, ATTACHMENT_MAX_BYTES, contentDisposition } from './file-types';

const upload = FileInterceptor('file', {
  limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 10 },
  // Browsers send the file name as UTF-8; the parser's default would read it as Latin-1.
  defParamCharset: 'utf8',
} as Parameters<typeof FileInterceptor>[1]);

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** Uploads one file (multipart field `file`, at most 20 MB, an allowed type); 413 and 415 otherwise. */
  @Post()
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `one of: ${allowedExtensions.join(', ')}` },
      },
    },
  })
  @Returns(attachmentSchema, 201)
  upload(
    @CurrentUser() principal: Principal,
    @UploadedFile() file: UploadedBinary | undefined,
  ): Promise<Attachment> {
    return this.attachments.upload(principal, file);
  }

  /** The file itself, for its uploader and for whoever may see the request it belongs to. */
  @Get(':id')
  @ApiProduces('application/octet-stream')
  async download(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.attachments.download(principal, id);
    response.setHeader('Content-Type', attachment.contentType);
    response.setHeader('Content-Length', String(attachment.size));
    response.setHeader('Content-Disposition', contentDisposition(attachment.name));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('ETag', `"${attachment.sha256}"`);
    return new StreamableFile(content);
  }
}
