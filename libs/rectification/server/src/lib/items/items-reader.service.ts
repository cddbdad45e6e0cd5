import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  type ItemCountQuery,
  type ItemCounts,
  type ItemListQuery,
  type ItemRow,
  itemStatuses,
  type ItemView,
  itemViewSchema,
  type TrafficLight,
} from '@bastion/rectification-contracts';
import { allowedActions } from '@bastion/rectification-rules';
import type { Principal } from '@bastion/platform-auth';
import {
  type KeysetOrder,
  keysetPage,
  terminationView,
  thenById,
  visibleOne,
} from '@bastion/platform-persistence';
import type { Page } from '@bastion/shared-contracts';
import { capacitiesOn, visibleItemCondition } from '../access';
import { ItemEntity } from '../persistence/entities/item.entity';
import { TransitionEntity } from '../persistence/entities/transition.entity';
import { filterItems, ITEM_LIGHT } from './item-filters';
import { itemRowOf, narrowedRow, transitionOf } from './item-rows';
import { clock, type LocalDate } from '@bastion/calendar';

const ORDERS: Record<ItemListQuery['sort'], KeysetOrder<ItemEntity>> = {
  // Soonest due first; items without a deadline last.
  deadline: thenById('i.due_sort', 'asc', (i) => i.dueSort),
  // Most recently registered first.
  registered: thenById('i.registered_at', 'desc', (i) => i.registeredAt),
  number: thenById('i.number', 'asc', (i) => i.number),
};

export function emptyCounts(): ItemCounts {
  return {
    total: 0,
    byStatus: Object.fromEntries(itemStatuses.map((s) => [s, 0])) as ItemCounts['byStatus'],
    byLight: { green: 0, amber: 0, red: 0 },
  };
}

/** Reads of items, each behind the same visibility rule: lists and counts filter by it in SQL, a single read checks it. */
@Injectable()
export class ItemsReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The items the caller may see, filtered: what counts read. Without the batch, so counting a
   * large list scans one table.
   */
  private filtered(
    principal: Principal,
    query: Partial<ItemCountQuery>,
    day: LocalDate,
  ): SelectQueryBuilder<ItemEntity> {
    const [visible, params] = visibleItemCondition(principal);
    const q = this.db.getRepository(ItemEntity).createQueryBuilder('i').where(visible, params);
    return filterItems(q, query, day);
  }

  /** The items the caller may see, with their batch, filtered; the base of every list. */
  visible(
    principal: Principal,
    query: Partial<ItemCountQuery>,
    day = clock.today(),
  ): SelectQueryBuilder<ItemEntity> {
    return this.filtered(principal, query, day).innerJoinAndSelect('i.batch', 'b');
  }

  async list(principal: Principal, query: ItemListQuery): Promise<Page<ItemRow>> {
    const day = clock.today();
    const counted = await this.filtered(principal, query, day)
      .select('count(*)::int', 'n')
      .getRawOne<{ n: number }>();
    const page = await keysetPage(
      this.visible(principal, query, day),
      ORDERS[query.sort],
      query,
      counted?.n ?? 0,
    );
    return { ...page, items: page.items.map((i) => itemRowOf(i, i.batch!.title, day)) };
  }

  async counts(principal: Principal, query: Partial<ItemCountQuery>): Promise<ItemCounts> {
    return this.countsOf(this.filtered(principal, query, clock.today()));
  }

  /** Totals by status and by light of the items a query selects. */
  private async countsOf(query: SelectQueryBuilder<ItemEntity>): Promise<ItemCounts> {
    const rows = await query
      .clone()
      .select('i.status', 'status')
      .addSelect(ITEM_LIGHT, 'light')
      .addSelect('count(*)::int', 'n')
      .groupBy('i.status')
      .addGroupBy('light')
      .getRawMany<{ status: ItemRow['status']; light: TrafficLight; n: number }>();
    const counts = emptyCounts();
    for (const row of rows) {
      counts.total += row.n;
      counts.byStatus[row.status] += row.n;
      counts.byLight[row.light] += row.n;
    }
    return counts;
  }

  /** The item, if the caller may see it; otherwise it does not exist for them. */
  async loadVisible(principal: Principal, id: string, withRecord = false): Promise<ItemEntity> {
    const query = this.visible(principal, {}).andWhere('i.id = :id', { id });
    if (withRecord) query.addSelect('i.record');
    return visibleOne(query, 'item', id);
  }

  /** Of these items, the ones the caller may see. */
  async visibleIds(principal: Principal, ids: string[]): Promise<string[]> {
    const rows = await this.filtered(principal, {}, clock.today())
      .select('i.id', 'id')
      .andWhere('i.id = ANY(:ids)', { ids })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** Items linked to this one, either way round, that the caller may see. */
  private async links(principal: Principal, item: ItemEntity, day: LocalDate): Promise<ItemView['links']> {
    const linked = await this.visible(principal, {}, day)
      .andWhere(`(i.id = ANY(:linked) OR i.record->'links' @> jsonb_build_array(CAST(:self AS text)))`, {
        linked: item.record.links ?? [],
        self: item.id,
      })
      .orderBy('i.number')
      .getMany();
    return linked.map((l) =>
      narrowedRow(itemViewSchema.shape.links.element, itemRowOf(l, l.batch!.title, day)),
    );
  }

  async view(principal: Principal, id: string): Promise<ItemView> {
    const item = await this.loadVisible(principal, id, true);
    const rows = await this.db
      .getRepository(TransitionEntity)
      .find({ where: { itemId: id }, order: { seq: 'ASC' } });
    const transitions = rows.map(transitionOf);
    const capacities = capacitiesOn(principal, item);
    const record = { ...item.record, transitions };
    const day = clock.today();
    return {
      row: itemRowOf(item, item.batch!.title, day),
      record,
      transitions,
      capacities,
      // A terminated item's workflow is gone: nothing more can be done on it.
      allowedActions:
        item.status === 'terminated'
          ? []
          : allowedActions(record, capacities, day, clock.now().toISOString()),
      links: await this.links(principal, item, day),
      termination: terminationView(item),
    };
  }
}
