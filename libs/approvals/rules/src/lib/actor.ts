import type { ApprovalState, Slot, Task } from './state';

export interface ActorTask {
  task: Task;
  slot: Slot;
  /** The actor works on the task for its holder (委派) and cannot decide it. */
  asDelegate: boolean;
}

/** The open task of the current stage this person may act on: as its holder, or as its delegate. */
export function actorTask(state: ApprovalState, personId: string): ActorTask | null {
  const stage = state.stages[state.current];
  if (!stage || stage.status !== 'open') return null;
  for (const slot of stage.slots) {
    for (const task of [...slot.holders, ...(slot.group?.members ?? [])]) {
      if (task.status !== 'open') continue;
      const delegated = task.delegate && !task.delegate.back;
      if (delegated && task.delegate!.person.personId === personId) return { task, slot, asDelegate: true };
      if (!delegated && task.assignee.personId === personId) return { task, slot, asDelegate: false };
    }
  }
  return null;
}

/** Everyone with a part in the request: submitter, assignees of any stage, delegates, people copied. */
export function isParticipant(state: ApprovalState, personId: string): boolean {
  return state.participants.includes(personId);
}
