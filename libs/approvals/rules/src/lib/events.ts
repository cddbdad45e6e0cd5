import type { PersonRef } from '@bastion/approvals-contracts';
import type { Task } from './state';

/** One row for the ledger: an action of a person or of the system. */
export interface LedgerEvent {
  stageIndex: number | null;
  actor: PersonRef | null;
  /** Whose task it was, when someone acted for them (a delegate's opinion). */
  onBehalfOf?: PersonRef;
  action: string;
  automatic: boolean;
  opinion?: string;
  attachments?: { id: string; name: string; sha256: string }[];
  signatureSha256?: string;
  detail?: Record<string, unknown>;
}

export type NoticeKind = 'task' | 'reminder' | 'escalation' | 'outcome' | 'urge' | 'cc' | 'returned';

/** Someone to tell about something, in the in-app notifications. */
export interface Notice {
  people: PersonRef[];
  kind: NoticeKind;
  text: string;
}

/** What a change to the state produced: ledger rows, notifications, and tasks that now need deadlines. */
export interface Step {
  events: LedgerEvent[];
  notices: Notice[];
  opened: Task[];
}

export function emptyStep(): Step {
  return { events: [], notices: [], opened: [] };
}

export function merge(into: Step, from: Step): Step {
  into.events.push(...from.events);
  into.notices.push(...from.notices);
  into.opened.push(...from.opened);
  return into;
}
