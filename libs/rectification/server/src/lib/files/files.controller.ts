import { Controller, Get, Post, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { FileRef } from '@bastion/rectification-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { fileDownload, FileUpload, type UploadedBinary } from '@bastion/platform-files';
import { Returns, ValidParam } from '@bastion/platform-http';
import { idSchema } from '@bastion/shared-contracts';
import { uploadedFileSchema } from '../http/views';
import { FilesService } from './files.service';

@ApiTags('files')
@ApiBearerAuth()
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /** Uploads one file of evidence (multipart field `file`, at most 20 MB, an allowed type); 413 and 415 otherwise. */
  @Post()
  @FileUpload()
  @Returns(uploadedFileSchema, 201)
  upload(
    @CurrentUser() principal: Principal,
    @UploadedFile() file: UploadedBinary | undefined,
  ): Promise<FileRef> {
    return this.files.upload(principal, file);
  }

  /** The file itself, for its uploader and for whoever may see an item or batch that refers to it. */
  @Get(':id')
  @ApiProduces('application/octet-stream')
  async download(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, content } = await this.files.download(principal, id);
    return fileDownload(response, file, content);
  }
}
