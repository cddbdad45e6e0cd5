import type { StageMode } from '@bastion/approvals-contracts';
import { type Slot, type StageRun, type Task, isDecided } from './state';
import { groupVerdict, slotVerdict } from './tally';

const undecided = (t: Task) => t.status === 'waiting' || t.status === 'open';

/** The tasks whose turn it is in one slot: added signers first, the holder first, or both. */
function actionableInSlot(slot: Slot): Task[] {
  const holders = slot.holders.filter(undecided);
  const holderDone = slot.holders.some(isDecided);
  const group = slot.group;
  if (!group) return holders;
  const members = group.members.filter(undecided);
  const membersInTurn = group.mode === 'sequential' ? members.slice(0, 1) : members;
  const groupDone = groupVerdict(group) !== 'pending';
  switch (group.position) {
    case 'before':
      return groupDone ? holders : membersInTurn;
    case 'after':
      return holderDone ? membersInTurn : holders;
    default:
      return [...holders, ...membersInTurn];
  }
}

/**
 * Opens the tasks whose turn has come and puts back to waiting those whose turn has passed
 * (a holder who asked for signers before them). In a sequential stage only the first undecided
 * slot is in turn. Returns the tasks it opened, which then get their deadlines.
 */
export function activate(stage: StageRun, mode: StageMode, now: string): Task[] {
  if (stage.status !== 'open') return [];
  const pending = stage.slots.filter((slot) => slotVerdict(slot) === 'pending');
  const inTurn = mode.kind === 'sequential' ? pending.slice(0, 1) : pending;
  const actionable = new Set(inTurn.flatMap(actionableInSlot));
  const opened: Task[] = [];
  for (const slot of stage.slots) {
    for (const task of [...slot.holders, ...(slot.group?.members ?? [])]) {
      if (actionable.has(task) && task.status === 'waiting') {
        task.status = 'open';
        task.openedAt = now;
        task.reminded = false;
        task.expiryReminders = 0;
        opened.push(task);
      } else if (!actionable.has(task) && task.status === 'open') {
        task.status = 'waiting';
      }
    }
  }
  return opened;
}
