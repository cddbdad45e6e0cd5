import type { DataSource } from 'typeorm';
import type { LedgerVerification } from '@bastion/approvals-contracts';
import { LedgerRowEntity } from '../persistence/entities/ledger-row.entity';
import type { HashedLedgerRow } from './hash-chain';
import { coveredFields, verifyChain } from './hash-chain';

/** A stored ledger row in the form its hash was computed over. */
export function hashedRow(row: LedgerRowEntity): HashedLedgerRow {
  return { ...coveredFields({ ...row, at: row.at.toISOString() }), hash: row.hash };
}

export function ledgerRows(db: DataSource, requestId: string): Promise<LedgerRowEntity[]> {
  return db.getRepository(LedgerRowEntity).find({ where: { requestId }, order: { seq: 'ASC' } });
}

/**
 * Checks one request's chain as stored, against the head its request row recorded. Used by the
 * HTTP API and by `npm run ledger:verify`; null when there is no such request.
 */
export async function verifyRequestLedger(
  db: DataSource,
  requestId: string,
): Promise<LedgerVerification | null> {
  const [head] = (await db.query(
    `SELECT ledger_seq AS seq, ledger_head AS hash FROM approvals.request WHERE id = $1`,
    [requestId],
  )) as { seq: number; hash: string | null }[];
  if (!head) return null;
  const rows = await ledgerRows(db, requestId);
  const verdict = verifyChain(rows.map(hashedRow), head);
  return { requestId, rows: rows.length, ...verdict };
}
