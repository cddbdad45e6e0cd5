import type { PersonRef } from '@bastion/approvals-contracts';
import { type ApprovalState, isDecided, type Slot, stageDef, type Task } from './state';

/** Who decided in someone's place, and when: what the loser of a race is told. */
export interface DecidedBy {
  by: PersonRef;
  at: string;
  stageIndex: number;
  stageName: string;
}

const humanDecision = (t: Task) => (t.status === 'approved' || t.status === 'rejected') && !t.automatic;

const latest = (tasks: Task[]) =>
  tasks.filter((t) => t.decidedAt).sort((x, y) => y.decidedAt!.localeCompare(x.decidedAt!))[0];

/** The decision that made a task unnecessary: a fellow holder of its slot first, else the stage's latest. */
function deciderFor(task: Task, slot: Slot, tasks: Task[]): Task | undefined {
  if (slot.holders.includes(task)) {
    const fellow = latest(slot.holders.filter((t) => t !== task && humanDecision(t)));
    if (fellow) return fellow;
  }
  return latest(tasks.filter((t) => t !== task && humanDecision(t))) ?? latest(tasks.filter(isDecided));
}

/**
 * Whether someone else decided where this person was to decide: their task in the current pass
 * was closed as no longer needed because another signer of a 或签 stage (or of their slot, after
 * an escalation, or a veto in a 会签 stage) decided first. The latest such decision counts.
 */
export function decidedInsteadOf(state: ApprovalState, personId: string): DecidedBy | null {
  let found: DecidedBy | null = null;
  for (const run of state.stages) {
    const tasks = run.slots.flatMap((s) => [...s.holders, ...(s.group?.members ?? [])]);
    for (const slot of run.slots) {
      for (const task of [...slot.holders, ...(slot.group?.members ?? [])]) {
        const mine =
          task.assignee.personId === personId || (task.delegate && task.delegate.person.personId === personId);
        if (!mine || task.status !== 'closed' || task.closeReason !== 'not_needed') continue;
        const decider = deciderFor(task, slot, tasks);
        if (!decider?.decidedAt) continue;
        if (!found || decider.decidedAt > found.at) {
          found = {
            by: { personId: decider.assignee.personId, name: decider.assignee.name },
            at: decider.decidedAt,
            stageIndex: run.index,
            stageName: stageDef(state, run.index).name,
          };
        }
      }
    }
  }
  return found;
}
