import { Post, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import {
  type BatchActionRequest,
  batchActionRequestSchema,
  type BatchListQuery,
  batchListQuerySchema,
  batchPageSchema,
  batchReportSchema,
  type BatchReportView,
  type BatchRow,
  type BatchView,
  batchViewSchema,
  type CreateBatch,
  createBatchSchema,
  type ImportResult,
  importResultSchema,
  type MigrateItem,
  migrateItemSchema,
  type RegisterItem,
  registerItemSchema,
  reportQuerySchema,
} from '@bastion/rectification-contracts';
import {
  CurrentUser,
  type Principal,
  ScopedAction,
  ScopedController,
  ScopedCreate,
  ScopedDownload,
  ScopedList,
  ScopedRead,
} from '@bastion/platform-auth';
import { contentDisposition, FileUpload, type UploadedBinary } from '@bastion/platform-files';
import { Returns, ValidParam } from '@bastion/platform-http';
import { type Created, createdSchema, idSchema, type Page } from '@bastion/shared-contracts';
import { IMPORT_MAX_BYTES } from '@bastion/rectification-contracts';
import { ImportService } from '../import/import.service';
import { ItemMigrationService } from '../items/item-migration.service';
import { ItemRegistrationService } from '../items/item-registration.service';
import { BatchReportService } from './batch-report.service';
import { BatchesReader } from './batches-reader.service';
import { BatchesService } from './batches.service';

@ScopedController('batches')
export class BatchesController {
  constructor(
    private readonly reader: BatchesReader,
    private readonly batches: BatchesService,
    private readonly registration: ItemRegistrationService,
    private readonly imports: ImportService,
    private readonly reports: BatchReportService,
    private readonly migration: ItemMigrationService,
  ) {}

  /** Opens a finding batch over an organisation the caller supervises; the same idempotency key finds the same batch. */
  @ScopedCreate('', createBatchSchema, batchViewSchema)
  create(principal: Principal, body: CreateBatch): Promise<BatchView> {
    return this.batches.create(principal, body);
  }

  @ScopedList('', batchListQuerySchema, batchPageSchema)
  list(principal: Principal, query: BatchListQuery): Promise<Page<BatchRow>> {
    return this.reader.list(principal, query);
  }

  @ScopedRead(':id', batchViewSchema)
  get(principal: Principal, id: string): Promise<BatchView> {
    return this.reader.view(principal, id);
  }

  /** Submits the report for the principal leader's signature, orders it redone, or closes the batch. */
  @ScopedAction('post', ':id/actions', batchActionRequestSchema, batchViewSchema)
  act(principal: Principal, id: string, action: BatchActionRequest): Promise<BatchView> {
    return this.batches.act(principal, id, action);
  }

  /** Registers one item (立项) for the inspected organisation or one below it. */
  @ScopedAction('post', ':id/items', registerItemSchema, createdSchema, { status: 201 })
  register(principal: Principal, id: string, body: RegisterItem): Promise<Created> {
    return this.registration.register(principal, id, body);
  }

  /**
   * Takes over an item already under way on paper, with its real dates (registered, assigned,
   * deadline, extensions, acceptance, closing, look-back). 422 MIGRATION_INVALID lists every step
   * the rules refuse, and nothing is started.
   */
  @ScopedAction('post', ':id/items/migrate', migrateItemSchema, createdSchema, { status: 201 })
  migrate(principal: Principal, id: string, body: MigrateItem): Promise<Created> {
    return this.migration.migrate(principal, id, body);
  }

  /** The spreadsheet to fill in for an import, with the accepted values and the organisations' names. */
  @ScopedDownload(':id/import-template', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(principal: Principal, id: string, response: Response): Promise<void> {
    const { name, content } = await this.imports.template(principal, id);
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', contentDisposition(name));
    response.send(content);
  }

  /**
   * Imports items from a spreadsheet made from the template (multipart field `file`, .xlsx, at most
   * 20 MB and 20,000 rows). If any row is bad, nothing is imported: 400 IMPORT_INVALID with every
   * problem as `row <n>/<column>`. Importing the same rows again registers nothing twice.
   */
  @Post(':id/import')
  @FileUpload(IMPORT_MAX_BYTES, ['xlsx'])
  @Returns(importResultSchema)
  import(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @UploadedFile() file: UploadedBinary | undefined,
  ): Promise<ImportResult> {
    return this.imports.import(principal, id, file);
  }

  /** The printable batch report; the public edition leaves out items exempt from publication. */
  @ScopedRead(':id/report', batchReportSchema, { query: reportQuerySchema })
  report(
    principal: Principal,
    id: string,
    query: { edition: 'internal' | 'public' },
  ): Promise<BatchReportView> {
    return this.reports.report(principal, id, query.edition);
  }
}
