import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { ItemCountQuery, TransitionKind } from '@bastion/rectification-contracts';
import type { Principal } from '@bastion/platform-auth';
import { keysetPage, thenById } from '@bastion/platform-persistence';
import { itemRowOf } from '../items/item-rows';
import { ItemsReader } from '../items/items-reader.service';
import { clock } from '@bastion/calendar';
import { LEDGER_COLUMNS, LEDGER_STEPS, ledgerRow } from './ledger-columns';

/** Items read and written per round: the whole ledger never sits in memory. */
const PAGE = 1_000;

/**
 * The ledger export (整改台账) as a spreadsheet streamed to the caller: one row per item they may
 * see under the list's filters, in number order, with the date of each step.
 */
@Injectable()
export class LedgerExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ItemsReader,
  ) {}

  async write(principal: Principal, query: ItemCountQuery, out: Writable): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('整改台账', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const day = clock.today();
    let cursor: string | undefined;
    do {
      const page = await keysetPage(
        this.items.visible(principal, query, day),
        thenById('i.number', 'asc', (i) => i.number),
        { limit: PAGE, cursor },
        // The ledger needs no total.
        0,
      );
      const steps = await this.stepDates(page.items.map((i) => i.id));
      for (const item of page.items) {
        sheet
          .addRow(ledgerRow(itemRowOf(item, item.batch!.title, day), steps.get(item.id) ?? new Map()))
          .commit();
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    sheet.commit();
    await workbook.commit();
  }

  /** For each item, the Shanghai date it last took each ledger step. */
  private async stepDates(itemIds: string[]): Promise<Map<string, Map<TransitionKind, string>>> {
    const byItem = new Map<string, Map<TransitionKind, string>>();
    if (!itemIds.length) return byItem;
    const rows = (await this.db.query(
      `SELECT item_id, kind, to_char(max(at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day
         FROM rectification.transition
        WHERE item_id = ANY($1::uuid[]) AND kind = ANY($2::text[])
        GROUP BY item_id, kind`,
      [itemIds, LEDGER_STEPS.map((s) => s.kind)],
    )) as { item_id: string; kind: TransitionKind; day: string }[];
    for (const row of rows) {
      const steps = byItem.get(row.item_id) ?? new Map<TransitionKind, string>();
      steps.set(row.kind, row.day);
      byItem.set(row.item_id, steps);
    }
    return byItem;
  }
}
