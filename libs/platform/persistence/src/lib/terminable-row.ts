import { Column } from 'typeorm';
import type { Termination } from '@bastion/shared-contracts';

/**
 * The columns of a read-model row an administrator may terminate (a request, an item, a case):
 * when, who and why, set with the row's status `terminated`. Such an entity extends this class.
 */
export abstract class TerminableRow {
  @Column('timestamptz', { name: 'terminated_at', nullable: true }) terminatedAt!: Date | null;
  @Column('text', { name: 'terminated_by_user_id', nullable: true }) terminatedByUserId!: string | null;
  @Column('text', { name: 'terminated_by_name', nullable: true }) terminatedByName!: string | null;
  @Column('text', { name: 'termination_reason', nullable: true }) terminationReason!: string | null;
}

/** Who terminated the row, when and why, as every read model shows it; null unless it is terminated. */
export function terminationView(row: TerminableRow & { status: string }): Termination | null {
  if (row.status !== 'terminated' || !row.terminatedAt) return null;
  return {
    at: row.terminatedAt.toISOString(),
    by: { userId: row.terminatedByUserId ?? '', name: row.terminatedByName ?? '' },
    reason: row.terminationReason ?? '',
  };
}
