import type { PersonRef } from '@bastion/approvals-contracts';
import type {
  FileRef,
  ItemRecord,
  ItemStatus,
  Transition,
  TransitionKind,
} from '@bastion/rectification-contracts';

export interface TransitionFacts {
  kind: TransitionKind;
  to?: ItemStatus;
  actor: PersonRef | null;
  at: string;
  note?: string;
  files?: FileRef[];
  signingLeader?: PersonRef | null;
  requestId?: string;
  deadline?: string;
}

/**
 * The one way an item changes: the new fields, and one transition on its record saying what
 * moved it, from which status to which, who (or that it was automatic), when and with what.
 */
export function transition(
  item: ItemRecord,
  facts: TransitionFacts,
  changes: Partial<ItemRecord> = {},
): ItemRecord {
  const to = facts.to ?? changes.status ?? item.status;
  const entry: Transition = {
    seq: item.transitions.length + 1,
    kind: facts.kind,
    from: item.status,
    to,
    actor: facts.actor,
    automatic: facts.actor === null,
    at: facts.at,
    note: facts.note ?? '',
    files: facts.files ?? [],
    signingLeader: facts.signingLeader ?? null,
    ...(facts.requestId ? { requestId: facts.requestId } : {}),
    ...(facts.deadline ? { deadline: facts.deadline } : {}),
  };
  return { ...item, ...changes, status: to, transitions: [...item.transitions, entry] };
}
