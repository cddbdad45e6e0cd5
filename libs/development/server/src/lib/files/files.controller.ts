import { Controller, Get, Post, Res, StreamableFile, UploadedFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { fileDownload, FileUpload, type UploadedBinary } from '@bastion/platform-files';
import { Returns, ValidParam } from '@bastion/platform-http';
import { type FileRef, fileRefSchema, idSchema } from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import { FilesService } from './files.service';

@ApiTags('files')
@ApiBearerAuth()
@UseGuards(DevelopmentRoleGuard)
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /** Uploads one file of evidence (multipart field `file`, at most 20 MB, an allowed type); 413 and 415 otherwise. */
  @Post()
  @FileUpload()
  @Returns(fileRefSchema, 201)
  upload(
    @CurrentUser() principal: Principal,
    @UploadedFile() file: UploadedBinary | undefined,
  ): Promise<FileRef> {
    return this.files.upload(principal, file);
  }

  /** The file itself, for its uploader and for whoever may see a case that refers to it. */
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
