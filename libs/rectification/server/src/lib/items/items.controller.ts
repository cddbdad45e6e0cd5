import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type ItemActionRequest,
  itemActionRequestSchema,
  type ItemCountQuery,
  itemCountQuerySchema,
  type ItemCounts,
  itemCountsSchema,
  type ItemListQuery,
  itemListQuerySchema,
  itemPageSchema,
  type ItemRow,
  type ItemView,
  itemViewSchema,
} from '@bastion/rectification-contracts';
import { type Principal, ScopedAction, ScopedList, ScopedRead } from '@bastion/platform-auth';
import { type Page, type TerminationRequest, terminationRequestSchema } from '@bastion/shared-contracts';
import { ItemActionsService } from './item-actions.service';
import { ItemTerminationService } from './item-termination.service';
import { ItemsReader } from './items-reader.service';

@ApiTags('items')
@ApiBearerAuth()
@Controller('items')
export class ItemsController {
  constructor(
    private readonly reader: ItemsReader,
    private readonly actions: ItemActionsService,
    private readonly termination: ItemTerminationService,
  ) {}

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

  /** The item, its record and transitions, and what the caller may do on it now. */
  @ScopedRead(':id', itemViewSchema)
  get(principal: Principal, id: string): Promise<ItemView> {
    return this.reader.view(principal, id);
  }

  /**
   * Takes a step on the item. Refusals: 403 without the capacity the step needs, 400 for a date out
   * of order or a file that is not the caller's, 409 when the item's state does not allow it (or a
   * sign-off of the kind is under way, or an extension comes after the deadline, or acceptance
   * lacks evidence), 429 for an urge too soon after the last.
   */
  @ScopedAction('post', ':id/actions', itemActionRequestSchema, itemViewSchema)
  act(principal: Principal, id: string, action: ItemActionRequest): Promise<ItemView> {
    return this.actions.act(principal, id, action);
  }

  /**
   * Terminates a stuck item's workflow (system administrators only; 403 for anyone else), with the
   * reason on the item and in its record. 409 once the item has ended (closed or handed over).
   */
  @ScopedAction('post', ':id/terminate', terminationRequestSchema, itemViewSchema)
  terminate(principal: Principal, id: string, body: TerminationRequest): Promise<ItemView> {
    return this.termination.terminate(principal, id, body);
  }
}
