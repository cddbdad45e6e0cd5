import type { RejectPolicy, StageMode } from '@bastion/approvals-contracts';
import type { SignerGroup, Slot, Task } from './state';

export type Verdict = 'approved' | 'rejected' | 'pending';

const approves = (t: Task) => t.status === 'approved' || t.status === 'skipped';
const live = (t: Task) => t.status !== 'closed' || t.closeReason !== 'removed';

/** A slot's holders decide for it: the first holder's decision is the slot's. */
function holdersVerdict(slot: Slot): Verdict {
  if (slot.holders.some(approves)) return 'approved';
  if (slot.holders.some((t) => t.status === 'rejected')) return 'rejected';
  return 'pending';
}

/** Added signers decide among themselves by their group's mode; a group emptied by removals agrees. */
export function groupVerdict(group: SignerGroup | undefined): Verdict {
  const members = group?.members.filter(live) ?? [];
  if (!group || members.length === 0) return 'approved';
  if (group.mode === 'any') {
    if (members.some(approves)) return 'approved';
    return members.every((t) => t.status === 'rejected') ? 'rejected' : 'pending';
  }
  if (members.some((t) => t.status === 'rejected')) return 'rejected';
  return members.every(approves) ? 'approved' : 'pending';
}

/** A slot passes when its holder approved and the signers added to it agree. */
export function slotVerdict(slot: Slot): Verdict {
  const holders = holdersVerdict(slot);
  const group = groupVerdict(slot.group);
  if (holders === 'rejected' || group === 'rejected') return 'rejected';
  return holders === 'approved' && group === 'approved' ? 'approved' : 'pending';
}

/** How many of `n` slots must approve for the stage to pass. */
export function approvalsNeeded(mode: StageMode, n: number): number {
  switch (mode.kind) {
    case 'any':
      return Math.min(1, n);
    case 'share':
      return Math.min(n, Math.max(1, mode.atLeast ?? Math.ceil(((mode.percent ?? 100) * n) / 100)));
    default:
      return n;
  }
}

/**
 * The stage's verdict from its slots. Under veto one rejection fails it at once; under count the
 * stage ends when the outcome is certain: enough approvals, or too few left to reach them.
 */
export function stageVerdict(slots: Slot[], mode: StageMode, policy: RejectPolicy): Verdict {
  const verdicts = slots.map(slotVerdict);
  const approved = verdicts.filter((v) => v === 'approved').length;
  const rejected = verdicts.filter((v) => v === 'rejected').length;
  const pending = verdicts.length - approved - rejected;
  const needed = approvalsNeeded(mode, slots.length);
  if (policy === 'veto' && rejected > 0) return 'rejected';
  if (approved >= needed) return 'approved';
  if (approved + pending < needed) return 'rejected';
  return 'pending';
}
