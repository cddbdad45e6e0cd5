import { Controller, Get, Post } from '@nestjs/common';
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
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { Returns, ValidBody, ValidParam, ValidQuery } from '@bastion/platform-http';
import {
  idSchema,
  type Page,
  type TerminationRequest,
  terminationRequestSchema,
} from '@bastion/shared-contracts';
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
  @Get()
  @Returns(itemPageSchema)
  list(
    @CurrentUser() principal: Principal,
    @ValidQuery(itemListQuerySchema) query: ItemListQuery,
  ): Promise<Page<ItemRow>> {
    return this.reader.list(principal, query);
  }

  /** Counts by status and traffic light under the same filters as the list. */
  @Get('counts')
  @Returns(itemCountsSchema)
  counts(
    @CurrentUser() principal: Principal,
    @ValidQuery(itemCountQuerySchema) query: ItemCountQuery,
  ): Promise<ItemCounts> {
    return this.reader.counts(principal, query);
  }

  /** The item, its record and transitions, and what the caller may do on it now. */
  @Get(':id')
  @Returns(itemViewSchema)
  get(@CurrentUser() principal: Principal, @ValidParam('id', idSchema) id: string): Promise<ItemView> {
    return this.reader.view(principal, id);
  }

  /**
   * Takes a step on the item. Refusals: 403 without the capacity the step needs, 400 for a date out
   * of order or a file that is not the caller's, 409 when the item's state does not allow it (or a
   * sign-off of the kind is under way, or an extension comes after the deadline, or acceptance
   * lacks evidence), 429 for an urge too soon after the last.
   */
  @Post(':id/actions')
  @Returns(itemViewSchema)
  act(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(itemActionRequestSchema) action: ItemActionRequest,
  ): Promise<ItemView> {
    return this.actions.act(principal, id, action);
  }

  /**
   * Terminates a stuck item's workflow (system administrators only; 403 for anyone else), with the
   * reason on the item and in its record. 409 once the item has ended (closed or handed over).
   */
  @Post(':id/terminate')
  @Returns(itemViewSchema)
  terminate(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @ValidBody(terminationRequestSchema) body: TerminationRequest,
  ): Promise<ItemView> {
    return this.termination.terminate(principal, id, body);
  }
}
