import { Injectable } from '@nestjs/common';
import type { OrgSubtreeNode } from '@bastion/identity-contracts';
import {
  type BoardQuery,
  type BoardView,
  boardViewSchema,
  type TrafficLight,
} from '@bastion/rectification-contracts';
import type { Principal } from '@bastion/platform-auth';
import { OutOfScopeError } from '@bastion/platform-http';
import { holds } from '../access';
import { BatchesReader } from '../batches/batches-reader.service';
import { ITEM_LIGHT } from '../items/item-filters';
import { itemRowOf, narrowedRow } from '../items/item-rows';
import { ItemsReader } from '../items/items-reader.service';
import { OrgDirectory } from '../orgs/org-directory';
import { clock } from '@bastion/calendar';

/** The most urgent items the board shows. */
export const BOARD_ITEMS = 500;

type Tally = BoardView['byOrg'][number];

/**
 * 挂图作战: the items of a batch or of an organisation's subtree, most urgent first (red, then
 * amber, then by deadline), and progress by organisation down the tree — each organisation's
 * counts include everything below it.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly items: ItemsReader,
    private readonly batches: BatchesReader,
    private readonly orgs: OrgDirectory,
  ) {}

  async board(principal: Principal, query: BoardQuery): Promise<BoardView> {
    const { filter, subtree } = await this.scope(principal, query);
    const day = clock.today();
    const urgent = await this.items
      .visible(principal, filter, day)
      .orderBy(`CASE ${ITEM_LIGHT} WHEN 'red' THEN 0 WHEN 'amber' THEN 1 ELSE 2 END`)
      .addOrderBy('i.due_sort')
      .addOrderBy('i.id')
      .limit(BOARD_ITEMS + 1)
      .getMany();
    const groups = await this.items
      .visible(principal, filter, day)
      .select('i.org_path', 'orgPath')
      .addSelect(ITEM_LIGHT, 'light')
      .addSelect(`(i.status = 'closed')`, 'closed')
      .addSelect('count(*)::int', 'n')
      .groupBy('i.org_path')
      .addGroupBy('light')
      .addGroupBy('closed')
      .getRawMany<{ orgPath: string; light: TrafficLight; closed: boolean; n: number }>();
    return {
      today: day,
      items: urgent
        .slice(0, BOARD_ITEMS)
        .map((i) => narrowedRow(boardViewSchema.shape.items.element, itemRowOf(i, i.batch!.title, day))),
      itemsTruncated: urgent.length > BOARD_ITEMS,
      byOrg: rollUp(subtree, groups),
    };
  }

  /** The items the board is about, and the organisation tree it counts them along. */
  private async scope(
    principal: Principal,
    query: BoardQuery,
  ): Promise<{ filter: { batchId?: string; orgId?: string }; subtree: OrgSubtreeNode[] }> {
    if (query.batchId) {
      const batch = await this.batches.loadVisible(principal, query.batchId);
      return {
        filter: { batchId: batch.id },
        subtree: (await this.orgs.subtree(batch.inspectedOrgId)) ?? [],
      };
    }
    const subtree = await this.orgs.subtree(query.orgId!);
    // An organisation outside the caller's reach does not exist for them, like a record.
    if (!subtree?.[0] || !holds(principal, 'rectification.read', subtree[0].idPath)) {
      throw new OutOfScopeError('organisation');
    }
    return { filter: { orgId: query.orgId }, subtree };
  }
}

/** Each node's counts over its whole subtree; only nodes with items are listed, parents first. */
export function rollUp(
  subtree: OrgSubtreeNode[],
  groups: { orgPath: string; light: TrafficLight; closed: boolean; n: number }[],
): Tally[] {
  const tallies: Tally[] = subtree.map((node) => ({
    org: { id: node.id, name: node.name },
    depth: node.depth,
    total: 0,
    closed: 0,
    green: 0,
    amber: 0,
    red: 0,
  }));
  for (const group of groups) {
    subtree.forEach((node, i) => {
      if (!group.orgPath.startsWith(node.idPath)) return;
      const tally = tallies[i]!;
      tally.total += group.n;
      if (group.closed) tally.closed += group.n;
      tally[group.light] += group.n;
    });
  }
  return tallies.filter((t) => t.total > 0);
}
