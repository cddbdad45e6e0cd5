import type { PersonRef } from '@bastion/approvals-contracts';
import { emptyStep, merge, type Step } from './events';
import { closeUndecided, settle } from './settle';
import { type ApprovalState, newTask, type Slot, stageDef, type Task } from './state';

/** Open tasks of the current stage with the slot that holds them. */
function openTasks(state: ApprovalState): { task: Task; slot: Slot }[] {
  const stage = state.stages[state.current];
  if (state.status !== 'running' || stage?.status !== 'open') return [];
  return stage.slots.flatMap((slot) =>
    [...slot.holders, ...(slot.group?.members ?? [])]
      .filter((t) => t.status === 'open')
      .map((task) => ({ task, slot })),
  );
}

/** When the workflow must next wake: the earliest reminder or deadline still ahead of an open task. */
export function nextWake(state: ApprovalState): string | null {
  const times = openTasks(state).flatMap(({ task }) => [
    task.reminded ? undefined : task.remindAt,
    task.dueAt,
  ]);
  const upcoming = times.filter((t): t is string => !!t).sort();
  return upcoming[0] ?? null;
}

export interface Expired {
  task: Task;
  slot: Slot;
}

/**
 * Sends the reminders that are due and returns the tasks whose time has run out; the workflow
 * decides what happens to each by the stage's expiry action.
 */
export function remindAndCollectExpired(
  state: ApprovalState,
  now: string,
): { step: Step; expired: Expired[] } {
  const step = emptyStep();
  const expired: Expired[] = [];
  for (const { task, slot } of openTasks(state)) {
    const who = task.delegate && !task.delegate.back ? task.delegate.person : task.assignee;
    if (task.dueAt && task.dueAt <= now) {
      expired.push({ task, slot });
    } else if (!task.reminded && task.remindAt && task.remindAt <= now) {
      task.reminded = true;
      step.events.push({
        stageIndex: state.current,
        actor: null,
        action: 'reminder',
        automatic: true,
        detail: { to: who, dueAt: task.dueAt },
      });
      step.notices.push({ people: [who], kind: 'reminder', text: 'reminder' });
    }
  }
  return { step, expired };
}

/** Remind again after the deadline; when the reminders are used up, the request expires. */
export function remindAfterExpiry(state: ApprovalState, { task }: Expired, now: string): Step | 'exhausted' {
  const action = stageDef(state, state.current).onExpiry;
  const allowed = action.kind === 'remind' ? action.times : 1;
  if (task.expiryReminders >= allowed) return 'exhausted';
  task.expiryReminders += 1;
  const who = task.delegate && !task.delegate.back ? task.delegate.person : task.assignee;
  const step = emptyStep();
  step.events.push({
    stageIndex: state.current,
    actor: null,
    action: 'overdue_reminder',
    automatic: true,
    detail: { to: who, time: task.expiryReminders, at: now },
  });
  step.notices.push({ people: [who], kind: 'reminder', text: 'overdue' });
  step.opened.push(task);
  return step;
}

/** The request ends because nobody decided in time. */
export function expire(state: ApprovalState, now: string): Step {
  const step = emptyStep();
  closeUndecided(state.stages[state.current]!, 'expired');
  state.status = 'expired';
  state.decidedAt = now;
  step.events.push({ stageIndex: state.current, actor: null, action: 'expired', automatic: true });
  step.notices.push({ people: [state.input.subject.submitter], kind: 'outcome', text: 'expired' });
  return step;
}

/** The stage decides the overdue task by itself, as the template allows. */
export function autoDecide(
  state: ApprovalState,
  { task }: Expired,
  decision: 'approved' | 'rejected',
  now: string,
): Step {
  const step = emptyStep();
  task.status = decision;
  task.automatic = true;
  task.decidedAt = now;
  step.events.push({
    stageIndex: state.current,
    actor: null,
    onBehalfOf: task.assignee,
    action: decision === 'approved' ? 'auto_approve' : 'auto_reject',
    automatic: true,
  });
  return merge(step, settle(state, now));
}

/** 上级督办: the overdue task passes to the people found one level up; any one of them decides. */
export function escalate(state: ApprovalState, { task, slot }: Expired, to: PersonRef[], now: string): Step {
  const step = emptyStep();
  task.status = 'transferred';
  task.closeReason = 'expired';
  slot.history.push(task);
  const successors = to.map((p) => newTask(state, p));
  if (slot.holders.includes(task)) slot.holders = [...slot.holders.filter((t) => t !== task), ...successors];
  // An added signer's place takes one person: an all-group would otherwise need every one of them.
  else slot.group!.members = slot.group!.members.map((t) => (t === task ? successors[0]! : t));
  step.events.push({
    stageIndex: state.current,
    actor: null,
    onBehalfOf: task.assignee,
    action: 'escalated',
    automatic: true,
    detail: { to },
  });
  step.notices.push({ people: [task.assignee, ...to], kind: 'escalation', text: 'escalated' });
  return merge(step, settle(state, now));
}
