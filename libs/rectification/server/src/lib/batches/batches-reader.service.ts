import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { BatchListQuery, BatchRow, BatchView } from '@bastion/rectification-contracts';
import type { Principal } from '@bastion/platform-auth';
import { keysetPage, likePattern, thenById, visibleOne } from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { holds, visibleBatchCondition } from '../access';
import { ITEM_LIGHT } from '../items/item-filters';
import { ItemsReader } from '../items/items-reader.service';
import { BatchEntity } from '../persistence/entities/batch.entity';
import { ItemEntity } from '../persistence/entities/item.entity';
import { clock } from '@bastion/calendar';

interface Tally {
  items: number;
  closed: number;
  red: number;
}

function rowOf(b: BatchEntity, tally: Tally | undefined): BatchRow {
  return {
    id: b.id,
    number: b.number,
    title: b.title,
    source: b.source,
    feedbackDate: b.feedbackDate,
    reportDeadline: b.reportDeadline,
    ...(b.provisional ? { provisional: true as const } : {}),
    inspectedOrg: { id: b.inspectedOrgId, name: b.inspectedOrgName },
    status: b.status,
    itemCount: tally?.items ?? 0,
    closedCount: tally?.closed ?? 0,
    redCount: tally?.red ?? 0,
  };
}

/** Reads of batches: whoever may read the inspected organisation's records sees its batches, and all their items. */
@Injectable()
export class BatchesReader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ItemsReader,
  ) {}

  /** The batch, if the caller may see it; otherwise it does not exist for them. */
  async loadVisible(
    principal: Principal,
    id: string,
    extra: ('config' | 'record')[] = [],
  ): Promise<BatchEntity> {
    const [visible, params] = visibleBatchCondition(principal);
    const query = this.db
      .getRepository(BatchEntity)
      .createQueryBuilder('b')
      .where('b.id = :id', { id })
      .andWhere(visible, params);
    for (const column of extra) query.addSelect(`b.${column}`);
    return visibleOne(query, 'batch', id);
  }

  async list(principal: Principal, query: BatchListQuery): Promise<Page<BatchRow>> {
    const [visible, params] = visibleBatchCondition(principal);
    const q = this.db.getRepository(BatchEntity).createQueryBuilder('b').where(visible, params);
    if (query.source) q.andWhere('b.source = :source', { source: query.source });
    if (query.orgId) q.andWhere('b.inspected_org_path LIKE :orgPath', { orgPath: `%/${query.orgId}/%` });
    if (query.q) q.andWhere('(b.title ILIKE :q OR b.number ILIKE :q)', { q: likePattern(query.q) });
    const page = await keysetPage(
      q,
      thenById('b.created_at', 'desc', (b) => b.createdAt),
      query,
    );
    const tallies = await this.tallies(page.items.map((b) => b.id));
    return { ...page, items: page.items.map((b) => rowOf(b, tallies.get(b.id))) };
  }

  async row(batch: BatchEntity): Promise<BatchRow> {
    return rowOf(batch, (await this.tallies([batch.id])).get(batch.id));
  }

  async view(principal: Principal, id: string): Promise<BatchView> {
    const batch = await this.loadVisible(principal, id, ['record']);
    const [row, counts] = await Promise.all([this.row(batch), this.items.counts(principal, { batchId: id })]);
    return {
      row,
      record: batch.record,
      counts,
      canSupervise: holds(principal, 'rectification.supervise', batch.inspectedOrgPath),
      canManage: holds(principal, 'rectification.manage', batch.inspectedOrgPath),
    };
  }

  /** How many items each batch has, how many are closed and how many are red today. */
  private async tallies(batchIds: string[]): Promise<Map<string, Tally>> {
    if (!batchIds.length) return new Map();
    const rows = await this.db
      .createQueryBuilder()
      .select('i.batch_id', 'batchId')
      .addSelect('count(*)::int', 'items')
      .addSelect(`count(*) FILTER (WHERE i.status = 'closed')::int`, 'closed')
      .addSelect(`count(*) FILTER (WHERE ${ITEM_LIGHT} = 'red')::int`, 'red')
      .from(ItemEntity, 'i')
      .where('i.batch_id IN (:...batchIds)', { batchIds })
      .setParameter('today', clock.today())
      .groupBy('i.batch_id')
      .getRawMany<Tally & { batchId: string }>();
    return new Map(rows.map((r) => [r.batchId, r]));
  }
}
