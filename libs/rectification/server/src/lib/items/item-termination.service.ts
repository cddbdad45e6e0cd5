import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { clock } from '@bastion/calendar';
import {
  type ItemStatus,
  type ItemView,
  itemWorkflowId,
  RectificationErrorCode,
} from '@bastion/rectification-contracts';
import type { Principal } from '@bastion/platform-auth';
import { ForbiddenError, NotFoundError } from '@bastion/platform-http';
import { TEMPORAL_CLIENT, terminateWorkflow } from '@bastion/platform-temporal';
import type { TerminationRequest } from '@bastion/shared-contracts';
import { FINISHED_STATUSES } from '@bastion/rectification-rules';
import { RectificationError } from '../rectification-error';
import { ItemsReader } from './items-reader.service';

const ended = () =>
  new RectificationError(
    RectificationErrorCode.Ended,
    'The item has ended; there is nothing to terminate.',
    409,
  );

/**
 * An administrator's way out for a stuck item: its workflow is terminated in Temporal (a sign-off
 * it was waiting for ends with it), then the item row is marked `terminated` with who, when and
 * why and the act is appended to the item's record as a transition — in one transaction.
 */
@Injectable()
export class ItemTerminationService {
  private readonly logger = new Logger('ItemTermination');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly items: ItemsReader,
  ) {}

  async terminate(principal: Principal, id: string, { reason }: TerminationRequest): Promise<ItemView> {
    if (!principal.isAdmin) throw new ForbiddenError('Only a system administrator may terminate an item.');
    const item = await this.items.loadVisible(principal, id);
    if (item.status === 'terminated') return this.items.view(principal, id);
    if (FINISHED_STATUSES.includes(item.status)) throw ended();

    const termination = { by: principal, reason };
    if ((await terminateWorkflow(this.temporal, itemWorkflowId(id), termination)) === 'ended') throw ended();

    await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT status, (SELECT COALESCE(max(seq), 0) FROM rectification.transition WHERE item_id = $1)::int AS seq
           FROM rectification.item WHERE id = $1 FOR UPDATE`,
        [id],
      )) as { status: ItemStatus; seq: number }[];
      if (!row) throw new NotFoundError('The item');
      if (row.status === 'terminated') return;
      const at = clock.now();
      await tx.query(
        `INSERT INTO rectification.transition
           (item_id, seq, kind, from_status, to_status, actor_person_id, actor_name, automatic, at, note, files)
         VALUES ($1, $2, 'terminated', $3, 'terminated', $4, $5, false, $6, $7, '[]'::jsonb)`,
        [id, row.seq + 1, row.status, principal.personId, principal.displayName, at, reason],
      );
      await tx.query(
        `UPDATE rectification.item
            SET status = 'terminated', record = jsonb_set(record, '{status}', '"terminated"'), updated_at = $2,
                terminated_at = $2, terminated_by_user_id = $3, terminated_by_name = $4, termination_reason = $5
          WHERE id = $1`,
        [id, at, principal.userId, principal.displayName, reason],
      );
    });
    this.logger.log(`Item ${id} terminated by ${principal.username} (${principal.userId}): ${reason}`);
    return this.items.view(principal, id);
  }
}
