import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { BatchReportView } from '@bastion/rectification-contracts';
import { clock, shanghaiDateOf } from '@bastion/calendar';
import type { Principal } from '@bastion/platform-auth';
import { itemRowOf } from '../items/item-rows';
import { ItemsReader } from '../items/items-reader.service';
import { TransitionEntity } from '../persistence/entities/transition.entity';
import { BatchesReader } from './batches-reader.service';

type Evidence = BatchReportView['items'][number]['evidence'];

/** What the report lists as an item's evidence: what was filed as evidence, and every step that carried files. */
function evidenceOf(transitions: TransitionEntity[]): Evidence {
  return transitions
    .filter((t) => t.kind === 'evidence' || t.files.length > 0)
    .map((t) => ({ note: t.note, files: t.files.map((f) => f.name), on: shanghaiDateOf(t.at) }));
}

/**
 * The printable batch report (整改情况报告): the batch, its report and signature, and its items
 * with their status and evidence. The public edition leaves out the items exempt from
 * publication and says how many.
 */
@Injectable()
export class BatchReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly batches: BatchesReader,
    private readonly items: ItemsReader,
  ) {}

  async report(principal: Principal, id: string, edition: 'internal' | 'public'): Promise<BatchReportView> {
    const batch = await this.batches.loadVisible(principal, id, ['record']);
    const day = clock.today();
    const all = await this.items.visible(principal, { batchId: id }, day).orderBy('i.number').getMany();
    const shown = edition === 'public' ? all.filter((i) => !i.exempt) : all;
    const transitions = shown.length
      ? await this.db.getRepository(TransitionEntity).find({
          where: { itemId: In(shown.map((i) => i.id)) },
          order: { itemId: 'ASC', seq: 'ASC' },
        })
      : [];
    const byItem = new Map<string, TransitionEntity[]>();
    for (const t of transitions) byItem.set(t.itemId, [...(byItem.get(t.itemId) ?? []), t]);
    return {
      batch: await this.batches.row(batch),
      edition,
      report: batch.record.report,
      signature: batch.record.signature,
      exemptCount: all.length - shown.length,
      items: shown.map((i) => ({
        ...itemRowOf(i, batch.title, day),
        evidence: evidenceOf(byItem.get(i.id) ?? []),
      })),
    };
  }
}
