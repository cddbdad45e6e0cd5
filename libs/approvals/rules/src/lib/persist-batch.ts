import type { LedgerEvent, Notice } from './events';
import type { ApprovalState } from './state';

/** A ledger row as written: the event with its place in the request's chain and its time. */
export interface NumberedEvent extends LedgerEvent {
  seq: number;
  at: string;
}

/** What one change writes, in one transaction: ledger rows, notifications, the read model. */
export interface PersistBatch {
  events: NumberedEvent[];
  notices: Notice[];
  state: ApprovalState;
  /** Increases with every batch, so a late or repeated write never overwrites a newer one. */
  version: number;
}
