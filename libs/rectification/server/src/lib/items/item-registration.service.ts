import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { OrgSubtreeNode } from '@bastion/identity-contracts';
import {
  ITEM_WORKFLOW,
  type ItemInput,
  itemInputSchema,
  type ItemInputShape,
  itemWorkflowId,
  RECTIFICATION_TASK_QUEUE,
  type RegisterItem,
} from '@bastion/rectification-contracts';
import { initialItemRecord } from '@bastion/rectification-rules';
import type { Principal } from '@bastion/platform-auth';
import { WorkflowBacked } from '@bastion/platform-service';
import { ForbiddenError, ValidationError } from '@bastion/platform-http';
import { stableUuid } from '@bastion/platform-persistence';
import { startOnce } from '@bastion/platform-temporal';
import { actorOf, holds } from '../access';
import { ItemWriter } from '../activities/item-writer';
import { BatchesReader } from '../batches/batches-reader.service';
import { WorkingCalendar } from '../calendar/working-calendar';
import { FilesService } from '../files/files.service';
import { notUnderInspected, OrgDirectory } from '../orgs/org-directory';
import type { BatchEntity } from '../persistence/entities/batch.entity';
import { clock } from '@bastion/calendar';

/** How many item workflows an import starts at once: enough to keep the server busy, not to flood it. */
const START_CONCURRENCY = 16;
/** Rows written per statement of an import. */
const INSERT_CHUNK = 500;

/** What registering items needs to know about their batch, and the registrar. */
export interface RegistrationContext {
  batch: BatchEntity;
  /** The inspected organisation and everything below it, parents first. */
  subtree: OrgSubtreeNode[];
  registeredBy: { personId: string; name: string };
}

/**
 * Registers items (立项): writes each one's first record to the read model, then starts its
 * workflow with the batch's configuration. Ids are business keys (the registrar's idempotency
 * key, or the batch and the spreadsheet row), so doing it again finds the same items.
 */
@Injectable()
export class ItemRegistrationService extends WorkflowBacked {
  constructor(
    private readonly batches: BatchesReader,
    private readonly writer: ItemWriter,
    private readonly orgs: OrgDirectory,
    private readonly files: FilesService,
    private readonly calendar: WorkingCalendar,
  ) {
    super();
  }

  /**
   * The batch, its subtree and the registrar, once the caller may register items on it: they see
   * it (else 404) and supervise its inspected organisation (else 403).
   */
  async context(principal: Principal, batchId: string): Promise<RegistrationContext> {
    const batch = await this.batches.loadVisible(principal, batchId, ['config']);
    const actor = actorOf(principal);
    if (!holds(principal, 'rectification.supervise', batch.inspectedOrgPath)) {
      throw new ForbiddenError('Only a supervisor of the inspected organisation may register its items.');
    }
    const subtree = await this.orgs.subtree(batch.inspectedOrgId);
    if (!subtree) {
      throw new ValidationError([{ field: 'batch', problem: 'its inspected organisation no longer exists' }]);
    }
    return { batch, subtree, registeredBy: { personId: actor.personId, name: actor.name } };
  }

  async register(principal: Principal, batchId: string, body: RegisterItem): Promise<{ id: string }> {
    const context = await this.context(principal, batchId);
    const org = context.subtree.find((o) => o.id === body.orgId);
    if (!org) throw notUnderInspected();
    const files = body.fixedOnSpot
      ? await this.files.resolve(principal, body.fixedOnSpot.files, 'fixedOnSpot.files')
      : [];
    const itemId = body.idempotencyKey
      ? stableUuid('rectification-item', principal.userId, body.idempotencyKey)
      : randomUUID();
    const input = this.input(context, itemId, {
      text: body.text,
      org: { id: org.id, name: org.name, idPath: org.idPath },
      deadline: body.deadline ?? null,
      fixedOnSpot: body.fixedOnSpot ? { note: body.fixedOnSpot.note, files } : null,
    });
    await this.writer.insertNew([this.firstRecord(input)]);
    await this.start([input]);
    return { id: itemId };
  }

  /**
   * Registers many items in one transaction, then starts their workflows a few at a time. Returns
   * how many were new (items already on record are started again, which is a no-op for those
   * whose workflow runs).
   */
  async registerAll(inputs: ItemInput[]): Promise<number> {
    const inserted = await this.db.transaction(async (tx) => {
      let count = 0;
      for (let i = 0; i < inputs.length; i += INSERT_CHUNK) {
        const records = inputs.slice(i, i + INSERT_CHUNK).map((input) => this.firstRecord(input));
        count += await this.writer.insertNew(records, tx);
      }
      return count;
    });
    await this.start(inputs);
    return inserted;
  }

  /** The workflow input of an item of the batch: the batch's source and configuration, the registrar. */
  input(
    context: RegistrationContext,
    itemId: string,
    item: Pick<ItemInputShape, 'text' | 'org' | 'deadline' | 'fixedOnSpot' | 'paper'>,
  ): ItemInput {
    return itemInputSchema.parse({
      itemId,
      batchId: context.batch.id,
      source: context.batch.source,
      config: context.batch.config,
      registeredBy: context.registeredBy,
      ...item,
    });
  }

  private firstRecord(input: ItemInput) {
    return initialItemRecord(input, clock.now().toISOString(), this.calendar.calendar);
  }

  /** Starts the items' workflows, a few at a time; one already running is left as it is. */
  async start(inputs: ItemInput[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < inputs.length) {
        const input = inputs[next++]!;
        await startOnce(this.temporal, ITEM_WORKFLOW, {
          workflowId: itemWorkflowId(input.itemId),
          taskQueue: RECTIFICATION_TASK_QUEUE,
          args: [input],
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(START_CONCURRENCY, inputs.length) }, worker));
  }
}
