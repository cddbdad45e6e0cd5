import {
  itemActionRequestSchema,
  type ItemCountQuery,
  itemCountQuerySchema,
  type ItemCounts,
  itemCountsSchema,
  type ItemListQuery,
  itemListQuerySchema,
  itemPageSchema,
  type ItemRow,
  itemViewSchema,
} from '@bastion/rectification-contracts';
import { type Principal, RecordRoutes, ScopedController, ScopedList } from '@bastion/platform-auth';
import type { Page } from '@bastion/shared-contracts';
import { ItemActionsService } from './item-actions.service';
import { ItemTerminationService } from './item-termination.service';
import { ItemsReader } from './items-reader.service';

/**
 * Items: the lists and counts, and one item with its record, transitions and what the caller may
 * do on it now. A step's refusals: 403 without the capacity the step needs, 400 for a date out of
 * order or a file that is not the caller's, 409 when the item's state does not allow it (or a
 * sign-off of the kind is under way, or an extension comes after the deadline, or acceptance
 * lacks evidence), 429 for an urge too soon after the last. A termination puts the reason on the
 * item and in its record; 409 once the item has ended (closed or handed over).
 */
@ScopedController('items')
export class ItemsController extends RecordRoutes({
  view: itemViewSchema,
  action: itemActionRequestSchema,
  reader: ItemsReader,
  actions: ItemActionsService,
  termination: ItemTerminationService,
}) {
  /**
   * The task, problem and responsibility lists (任务清单 / 问题清单 / 责任清单): the same items
   * the caller may see, filtered, one keyset page at a time. `view` is which list the console shows.
   */
  @ScopedList('', itemListQuerySchema, itemPageSchema)
  list(principal: Principal, query: ItemListQuery): Promise<Page<ItemRow>> {
    return this.reader.list(principal, query);
  }

  /** Counts by status and traffic light under the same filters as the list. */
  @ScopedList('counts', itemCountQuerySchema, itemCountsSchema)
  counts(principal: Principal, query: ItemCountQuery): Promise<ItemCounts> {
    return this.reader.counts(principal, query);
  }
}
