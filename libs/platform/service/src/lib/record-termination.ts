import { Logger } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { DataSource, EntityManager } from 'typeorm';
import { clock } from '@bastion/calendar';
import { composedText, type RecordNoun } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { ForbiddenError, NotFoundError } from '@bastion/platform-http';
import { terminateWorkflow } from '@bastion/platform-temporal';

/** What one procedure's record (an item, a case) brings to an administrator's termination. */
export interface TerminableRecord<Locked extends { status: string }> {
  /** `Item`, `Case`: how the refusals and the log name the record. */
  kind: string;
  /** What a refusal to find it calls it, in the caller's language. */
  noun: RecordNoun;
  /** The read model's table, schema-qualified; it has the termination columns (`terminated_at`, …). */
  table: string;
  workflowId: string;
  /** Where the record stands as the caller may see it (a 404 when they may not). */
  load: () => Promise<{ status: string; finished: boolean }>;
  /** The refusal for a record that ended on its own. */
  ended: () => Error;
  /** Locks the row (`FOR UPDATE`, `$1` the id) with `status` and what `append` needs. */
  lock: string;
  /** Further columns the row clears, as SQL assignments. */
  alsoSet?: string;
  /** Appends the act to the record's history, in the same transaction. */
  append: (tx: EntityManager, locked: Locked, at: Date) => Promise<unknown>;
}

const logger = new Logger('RecordTermination');

/**
 * An administrator's way out for a stuck record: its workflow is terminated in Temporal (a
 * sign-off it was waiting for ends with it), then the row is marked `terminated` with who, when
 * and why and the act appended to the record's history, in one transaction. A record terminated
 * already stays as it is; one that ended on its own is refused.
 */
export async function terminateRecord<Locked extends { status: string }>(
  db: DataSource,
  temporal: Client,
  act: { principal: Principal; id: string; reason: string },
  record: TerminableRecord<Locked>,
): Promise<void> {
  const { principal, id, reason } = act;
  if (!principal.isAdmin) throw new ForbiddenError(composedText('refusal.admin_terminates'));
  const { status, finished } = await record.load();
  if (status === 'terminated') return;
  if (finished) throw record.ended();
  if ((await terminateWorkflow(temporal, record.workflowId, { by: principal, reason })) === 'ended') {
    throw record.ended();
  }
  await db.transaction(async (tx) => {
    const [locked] = (await tx.query(record.lock, [id])) as Locked[];
    if (!locked) throw new NotFoundError(record.noun);
    if (locked.status === 'terminated') return;
    const at = clock.now();
    await record.append(tx, locked, at);
    await tx.query(
      `UPDATE ${record.table}
          SET status = 'terminated', ${record.alsoSet ? `${record.alsoSet}, ` : ''}updated_at = $2,
              terminated_at = $2, terminated_by_user_id = $3, terminated_by_name = $4, termination_reason = $5
        WHERE id = $1`,
      [id, at, principal.userId, principal.displayName, reason],
    );
  });
  logger.log(`${record.kind} ${id} terminated by ${principal.username} (${principal.userId}): ${reason}`);
}
