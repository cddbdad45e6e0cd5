import type { Response } from 'express';
import { exportQuerySchema, type ItemCountQuery } from '@bastion/rectification-contracts';
import { type Principal, ScopedController, ScopedDownload } from '@bastion/platform-auth';
import { contentDisposition } from '@bastion/platform-files';
import { clock } from '@bastion/calendar';
import { LedgerExportService } from './ledger-export.service';

@ScopedController('', { tag: 'items' })
export class ExportController {
  constructor(private readonly ledger: LedgerExportService) {}

  /** 整改台账: the items the caller may see under the list's filters, one row each, as a spreadsheet. */
  @ScopedDownload('export.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', {
    query: exportQuerySchema,
  })
  async export(principal: Principal, query: ItemCountQuery, response: Response): Promise<void> {
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', contentDisposition(`整改台账-${clock.today()}.xlsx`));
    response.setHeader('Cache-Control', 'private, no-cache');
    await this.ledger.write(principal, query, response);
  }
}
