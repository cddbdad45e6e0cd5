import { Controller, Get, Post, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Attachment, attachmentSchema } from '@bastion/approvals-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { fileDownload, FileUpload, type UploadedBinary } from '@bastion/platform-files';
import { Returns, ValidParam } from '@bastion/platform-http';
import { idSchema } from '@bastion/shared-contracts';
import { AttachmentsService } from './attachments.service';

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** Uploads one file (multipart field `file`, at most 20 MB, an allowed type); 413 and 415 otherwise. */
  @Post()
  @FileUpload()
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
    return fileDownload(response, attachment, content);
  }
}
