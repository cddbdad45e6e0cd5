import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { exportQuerySchema, type ItemCountQuery } from '@bastion/rectification-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { contentDisposition } from '@bastion/platform-files';
import { ValidQuery } from '@bastion/platform-http';
import { clock } from '@bastion/calendar';
import { LedgerExportService } from './ledger-export.service';

@ApiTags('items')
@ApiBearerAuth()
@Controller()
export class ExportController {
  constructor(private readonly ledger: LedgerExportService) {}

  /** 整改台账: the items the caller may see under the list's filters, one row each, as a spreadsheet. */
  @Get('export.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @CurrentUser() principal: Principal,
    @ValidQuery(exportQuerySchema) query: ItemCountQuery,
    @Res() response: Response,
  ): Promise<void> {
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', contentDisposition(`整改台账-${clock.today()}.xlsx`));
    response.setHeader('Cache-Control', 'private, no-cache');
    await this.ledger.write(principal, query, response);
  }
}
