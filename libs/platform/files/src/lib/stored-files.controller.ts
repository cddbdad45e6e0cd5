import {
  type CanActivate,
  Controller,
  Get,
  Inject,
  Post,
  Res,
  StreamableFile,
  type Type,
  UploadedFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ValidParam } from '@bastion/platform-http';
import { idSchema } from '@bastion/shared-contracts';
import type { StoredFileRow, StoredFiles } from './stored-files';
import { fileDownload, FileUpload, type UploadedBinary } from './uploads';

/** What differs between the services' file routes. */
export interface StoredFilesRoutes {
  /** The routes' path and OpenAPI tag: `attachments`, `files`. */
  path: string;
  /** The service that keeps the files (a `StoredFiles` provider of the module). */
  service: Type<StoredFiles<StoredFileRow, unknown>>;
  /** What an upload answers with. */
  uploaded: z.ZodType;
  /** Guards of the service's own before any file route (who may use the service at all). */
  guards?: Type<CanActivate>[];
}

/**
 * The file routes of a service: `POST /<path>` uploads one file (multipart field `file`, at most
 * 20 MB, an allowed type; 413 and 415 otherwise, a body that is no form a 415 too), and
 * `GET /<path>/:id` answers the file itself to its uploader and to whoever may see a record that
 * owns it.
 */
export function storedFilesController(routes: StoredFilesRoutes): Type {
  @ApiTags(routes.path)
  @ApiBearerAuth()
  @UseGuards(...(routes.guards ?? []))
  @Controller(routes.path)
  class StoredFilesController {
    constructor(@Inject(routes.service) readonly files: StoredFiles<StoredFileRow, unknown>) {}

    @Post()
    @FileUpload()
    @Returns(routes.uploaded, 201)
    upload(
      @CurrentUser() principal: Principal,
      @UploadedFile() file: UploadedBinary | undefined,
    ): Promise<unknown> {
      return this.files.upload(principal, file);
    }

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
  return StoredFilesController;
}
