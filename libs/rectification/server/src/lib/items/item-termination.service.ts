import { Injectable } from '@nestjs/common';
import {
  type ItemStatus,
  type ItemView,
  itemWorkflowId,
  RectificationErrorCode,
} from '@bastion/rectification-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { terminateRecord, WorkflowBacked } from '@bastion/platform-service';
import type { TerminationRequest } from '@bastion/shared-contracts';
import { FINISHED_STATUSES } from '@bastion/rectification-rules';
import { RectificationError } from '../rectification-error';
import { ItemsReader } from './items-reader.service';

const ended = () =>
  new RectificationError(
    RectificationErrorCode.Ended,
    composedText('refusal.nothing_to_terminate', { what: composedText('record.noun.item') }),
    409,
  );

/**
 * An administrator's way out for a stuck item (`terminateRecord`): the row and the record's
 * status are marked `terminated` and the act is appended to the item's record as a transition.
 */
@Injectable()
export class ItemTerminationService extends WorkflowBacked {
  constructor(private readonly items: ItemsReader) {
    super();
  }

  async terminate(principal: Principal, id: string, { reason }: TerminationRequest): Promise<ItemView> {
    await terminateRecord<{ status: ItemStatus; seq: number }>(
      this.db,
      this.temporal,
      { principal, id, reason },
      {
        kind: 'Item',
        noun: 'item',
        table: 'rectification.item',
        workflowId: itemWorkflowId(id),
        load: async () => {
          const { status } = await this.items.loadVisible(principal, id);
          return { status, finished: FINISHED_STATUSES.includes(status) };
        },
        ended,
        lock: `SELECT status, (SELECT COALESCE(max(seq), 0) FROM rectification.transition WHERE item_id = $1)::int AS seq
                 FROM rectification.item WHERE id = $1 FOR UPDATE`,
        alsoSet: `record = jsonb_set(record, '{status}', '"terminated"')`,
        append: (tx, row, at) =>
          tx.query(
            `INSERT INTO rectification.transition
               (item_id, seq, kind, from_status, to_status, actor_person_id, actor_name, automatic, at, note, files)
             VALUES ($1, $2, 'terminated', $3, 'terminated', $4, $5, false, $6, $7, '[]'::jsonb)`,
            [id, row.seq + 1, row.status, principal.personId, principal.displayName, at, reason],
          ),
      },
    );
    return this.items.view(principal, id);
  }
}
