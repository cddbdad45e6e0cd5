import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { chainRows, GENESIS_HASH } from '../ledger/hash-chain';
import { LedgerRowEntity } from '../persistence/entities/ledger-row.entity';

interface Locked {
  status: string;
  ledger_seq: number;
  ledger_head: string | null;
  current_stage_index: number | null;
  current_stage_name: string | null;
}

/** A termination of a request as its row and its ledger record it. */
export interface RequestTermination {
  at: Date;
  by: { userId: string; username: string; displayName: string; personId: string | null };
  reason: string;
  /** `true` when the request's own workflow closes it, following the procedure that started it. */
  automatic: boolean;
  /** Only a request still open (running or returned) is closed: one decided first keeps its outcome. */
  onlyOpen: boolean;
  /** More of the ledger entry's detail, beside who terminated it and the status before. */
  detail?: Record<string, unknown>;
}

/**
 * Marks a request `terminated` with who, when and why, closes its open and waiting tasks and
 * writes the act to its hash-chained ledger — in one transaction, and once: a request already
 * terminated stays as it is, so a retried call writes nothing twice.
 */
export function closeTerminated(db: DataSource, id: string, termination: RequestTermination): Promise<void> {
  const { at, by, reason } = termination;
  return db.transaction(async (tx) => {
    const [row] = (await tx.query(
      `SELECT status, ledger_seq, ledger_head, current_stage_index, current_stage_name
         FROM approvals.request WHERE id = $1 FOR UPDATE`,
      [id],
    )) as Locked[];
    if (!row || row.status === 'terminated') return;
    if (termination.onlyOpen && row.status !== 'running' && row.status !== 'returned') return;
    const [entry] = chainRows(row.ledger_head ?? GENESIS_HASH, [
      {
        requestId: id,
        seq: row.ledger_seq + 1,
        at: at.toISOString(),
        stageIndex: row.current_stage_index,
        stageName: row.current_stage_name,
        actorPersonId: by.personId,
        actorName: by.displayName,
        onBehalfOfPersonId: null,
        onBehalfOfName: null,
        action: 'terminate',
        automatic: termination.automatic,
        opinion: reason,
        attachments: [],
        signatureSha256: null,
        detail: {
          terminatedByUserId: by.userId,
          username: by.username,
          statusBefore: row.status,
          ...termination.detail,
        },
      },
    ]);
    await tx
      .getRepository(LedgerRowEntity)
      .insert({ ...entry!, at } as QueryDeepPartialEntity<LedgerRowEntity>);
    await tx.query(
      `UPDATE approvals.request SET status = 'terminated', current_stage_index = NULL, current_stage_name = NULL,
         due_at = NULL, ledger_seq = $2, ledger_head = $3, updated_at = $4, decided_at = $4,
         terminated_at = $4, terminated_by_user_id = $5, terminated_by_name = $6, termination_reason = $7
       WHERE id = $1`,
      [id, entry!.seq, entry!.hash, at, by.userId, by.displayName, reason],
    );
    // Nobody may act on a terminated request: its open and waiting tasks leave every inbox.
    await tx.query(
      `UPDATE approvals.task SET status = 'closed', decided_at = $2
        WHERE request_id = $1 AND status IN ('open', 'waiting')`,
      [id, at],
    );
  });
}
