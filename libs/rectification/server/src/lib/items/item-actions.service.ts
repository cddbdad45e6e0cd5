import { Injectable } from '@nestjs/common';
import {
  ACT_UPDATE,
  actionCapacities,
  type FileRef,
  type ItemAction,
  type ItemActionRequest,
  type ItemRecord,
  type ItemView,
  itemWorkflowId,
} from '@bastion/rectification-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { WorkflowBacked } from '@bastion/platform-service';
import { stableUuid, versionOf } from '@bastion/platform-persistence';
import { sendUpdate } from '@bastion/platform-temporal';
import { actorOf, capacitiesOn } from '../access';
import { FilesService } from '../files/files.service';
import { notUnderInspected, OrgDirectory } from '../orgs/org-directory';
import { RectificationError } from '../rectification-error';
import { untilStarted } from '../workflow-ready';
import { asRefusal } from '../workflow-refusal';
import { ItemsReader } from './items-reader.service';

/**
 * Takes a step on an item: checked here (can the caller see it, in what capacities, are the files
 * theirs), then sent to the item's workflow as the `act` update, whose validator applies the
 * rules again. The update returns once the read model holds the new record, so the answer is the
 * fresh view. The update's id comes from the caller and their idempotency key: a repeated click
 * reaches the first result.
 */
@Injectable()
export class ItemActionsService extends WorkflowBacked {
  constructor(
    private readonly items: ItemsReader,
    private readonly files: FilesService,
    private readonly orgs: OrgDirectory,
  ) {
    super();
  }

  async act(principal: Principal, id: string, request: ItemActionRequest): Promise<ItemView> {
    const item = await this.items.loadVisible(principal, id);
    if (item.status === 'terminated') {
      throw new RectificationError('ENDED', composedText('rectification.service.item_terminated'), 409);
    }
    const actor = actorOf(principal);
    const capacities = capacitiesOn(principal, item);
    if (!actionCapacities[request.type].some((c) => capacities.includes(c))) {
      throw new RectificationError(
        'NOT_ALLOWED',
        composedText('rectification.service.step_not_allowed'),
        403,
      );
    }
    // Responsibility moves only within the inspected organisation, where the batch's readers see it.
    if (request.type === 'transfer' && request.orgId) {
      const subtree = await this.orgs.subtree(item.batch!.inspectedOrgId);
      if (!subtree?.some((o) => o.id === request.orgId)) throw notUnderInspected();
    }
    // A link names items the caller can see; others do not exist for them.
    if (request.type === 'link') {
      const seen = await this.items.visibleIds(principal, request.itemIds);
      if (request.itemIds.some((linked) => !seen.includes(linked))) {
        throw new RectificationError('BAD_LINK', composedText('rectification.service.link_unseen'), 400);
      }
    }
    const action = {
      ...request,
      ...('files' in request
        ? { files: await this.files.resolve(principal, request.files as FileRef[], 'files', { itemId: id }) }
        : {}),
      actor,
      capacities,
    } as ItemAction;
    if (item.version < 1) await untilStarted(() => versionOf(this.db, 'rectification.item', id));
    await sendUpdate<ItemRecord, ItemAction>(this.temporal, {
      workflowId: itemWorkflowId(id),
      update: ACT_UPDATE,
      arg: action,
      updateId: stableUuid('item-action', principal.userId, request.idempotencyKey),
      asRefusal,
    });
    return this.items.view(principal, id);
  }
}
