import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { applyDecorators, StreamableFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { Response } from 'express';
import { composedText } from '@bastion/messages';
import { BodyOfType, DomainError, ValidationError } from '@bastion/platform-http';
import { type AttachmentStorage, storageKeyOf } from './attachment-storage';
import {
  allowedExtensions,
  ATTACHMENT_MAX_BYTES,
  checkFileType,
  cleanFileName,
  contentDisposition,
} from './file-types';

/** A file as the upload parser hands it over. */
export interface UploadedBinary {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** An upload that passed the checks: its cleaned name, the type it is served with, and its hash. */
export interface CheckedUpload {
  name: string;
  contentType: string;
  image: boolean;
  size: number;
  sha256: string;
  content: Buffer;
}

const multipartBody = new BodyOfType(
  'multipart/form-data',
  'The body must be a form (Content-Type: multipart/form-data) with the file in the field "file".',
);

/**
 * The one multipart field `file` of an upload route, parsed into memory up to `maxBytes` (413
 * beyond), and documented. A body that is no form is a 415 like any route's body of the wrong
 * type. `allowed` names the extensions the route accepts, for the docs.
 */
export function FileUpload(maxBytes = ATTACHMENT_MAX_BYTES, allowed: readonly string[] = allowedExtensions) {
  return applyDecorators(
    UseGuards(multipartBody),
    UseInterceptors(
      FileInterceptor('file', {
        limits: { fileSize: maxBytes, files: 1, fields: 10 },
        // Browsers send the file name as UTF-8; the parser's default would read it as Latin-1.
        defParamCharset: 'utf8',
      } as Parameters<typeof FileInterceptor>[1]),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: `one of: ${allowed.join(', ')}` },
        },
      },
    }),
  );
}

/**
 * Checks an uploaded file the same way everywhere: present and not empty (400), within the size
 * cap (413), of an allowed type whose content looks like one (415). Hashes what passes.
 */
export function checkUpload(
  file: UploadedBinary | undefined,
  maxBytes = ATTACHMENT_MAX_BYTES,
): CheckedUpload {
  if (!file)
    throw new ValidationError([{ field: 'file', problem: 'is required (multipart form field "file")' }]);
  if (file.size === 0 || file.buffer.length === 0) {
    throw new ValidationError([{ field: 'file', problem: 'is empty' }]);
  }
  if (file.buffer.length > maxBytes) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      composedText('refusal.file_too_large', { megabytes: Math.round(maxBytes / 1024 / 1024) }),
      413,
    );
  }
  const name = cleanFileName(file.originalname);
  const type = checkFileType(name, file.mimetype, file.buffer);
  if (!type.ok) {
    throw new DomainError(type.code, `${name}: ${type.problem}.`, 415, undefined, { params: type.params });
  }
  return {
    name,
    contentType: type.contentType,
    image: type.image,
    size: file.buffer.length,
    sha256: createHash('sha256').update(file.buffer).digest('hex'),
    content: file.buffer,
  };
}

/** A checked upload in the storage: its metadata is the service's to record under `id`. */
export interface StoredUpload extends CheckedUpload {
  id: string;
  storageKey: string;
}

/** Checks an upload (see `checkUpload`) and puts it in the storage under a new id. */
export async function storeUpload(
  storage: AttachmentStorage,
  file: UploadedBinary | undefined,
  maxBytes = ATTACHMENT_MAX_BYTES,
): Promise<StoredUpload> {
  const upload = checkUpload(file, maxBytes);
  const id = randomUUID();
  const storageKey = storageKeyOf(id);
  await storage.put(storageKey, upload.content);
  return { ...upload, id, storageKey };
}

/** What a download answers with besides the bytes. */
export interface StoredFileMeta {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * A stored file as a download: its own type (never sniffed), its real name, private and
 * revalidated, tagged by its hash.
 */
export function fileDownload(response: Response, file: StoredFileMeta, content: Readable): StreamableFile {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader('Content-Disposition', contentDisposition(file.name));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-cache');
  response.setHeader('ETag', `"${file.sha256}"`);
  return new StreamableFile(content);
}
