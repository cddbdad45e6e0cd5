import type { PersonRef } from '@bastion/approvals-contracts';
import type { LedgerEvent } from './events';
import { type PassEnd, type StageRun, type Task, tasksOf } from './state';

/**
 * A return (退回) closes every other task of the returning stage that has not decided yet, as
 * closed by that return: in a 会签 or share stage the other signers no longer need to act. The
 * returner's own task ends with the return itself, at its time. Returns the tasks it closed.
 */
export function closeByReturn(stage: StageRun, returner: Task | undefined, now: string): Task[] {
  const undecided = tasksOf(stage).filter((t) => t.status === 'open' || t.status === 'waiting');
  const closed = undecided.filter((t) => t !== returner);
  for (const task of closed) {
    task.status = 'closed_by_return';
    task.closeReason = 'returned';
  }
  if (returner && undecided.includes(returner)) {
    returner.status = 'closed';
    returner.closeReason = 'returned';
    returner.decidedAt = now;
  }
  return closed;
}

/** The ledger rows that record which tasks a return closed, one per task. */
export function closedByReturnEvents(stage: StageRun, closed: Task[]): LedgerEvent[] {
  return closed.map((task) => ({
    stageIndex: stage.index,
    actor: null,
    onBehalfOf: task.assignee,
    action: 'closed_by_return',
    automatic: true,
    detail: { pass: stage.round, taskId: task.id },
  }));
}

/** The approvals given in a stage's current pass, with when: the return's ledger row names them. */
export function approvalsInPass(stage: StageRun): { person: PersonRef; at: string | null }[] {
  return tasksOf(stage)
    .filter((t) => t.status === 'approved' && !t.automatic)
    .map((t) => ({ person: t.assignee, at: t.decidedAt ?? null }));
}

/**
 * Ends a stage's current pass so that the stage can run again: the tasks it had, decided or
 * closed, are kept as a numbered pass; the stage itself waits to be opened anew.
 */
export function endPass(stage: StageRun, endedBy: PassEnd, now: string): void {
  if (stage.round > 0 && stage.slots.length > 0) {
    stage.passes = [
      ...(stage.passes ?? []),
      { round: stage.round, status: stage.status, slots: stage.slots, endedBy, endedAt: now },
    ];
  }
  stage.status = 'pending';
  stage.slots = [];
  stage.passedThisPass = false;
}
