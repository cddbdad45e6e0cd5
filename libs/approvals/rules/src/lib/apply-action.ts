import type { ActAction, PersonRef } from '@bastion/approvals-contracts';
import { actorTask } from './actor';
import { emptyStep, merge, type LedgerEvent, type Step } from './events';
import { recallable } from './refusal';
import { approvalsInPass, closeByReturn, closedByReturnEvents, endPass } from './passes';
import { closeUndecided, returnToSubmitter, settle } from './settle';
import {
  type ApprovalState,
  addParticipant,
  CURRENT_REVISIONS,
  newId,
  newTask,
  type PassEnd,
  type Revisions,
  tasksOf,
} from './state';

/** The ledger fields every action carries. */
function event(state: ApprovalState, action: ActAction, extra: Partial<LedgerEvent> = {}): LedgerEvent {
  const { personId, name } = action.actor;
  return {
    stageIndex: state.status === 'running' || state.status === 'returned' ? state.current : null,
    actor: { personId, name },
    action: action.type,
    automatic: false,
    opinion: action.opinion,
    attachments: action.attachments.length ? action.attachments : undefined,
    signatureSha256: action.signature?.sha256,
    ...extra,
  };
}

const actorOf = (action: ActAction): PersonRef => ({
  personId: action.actor.personId,
  name: action.actor.name,
});

/** Resets the stages from `from` on, so the route runs them again; kept passes keep what was decided. */
function resetFrom(state: ApprovalState, from: number, keep: { by: PassEnd; now: string } | null): void {
  for (const stage of state.stages.slice(from)) {
    if (keep) {
      endPass(stage, keep.by, keep.now);
      continue;
    }
    stage.status = 'pending';
    stage.slots = [];
    stage.passedThisPass = false;
  }
}

/**
 * 退回 with passes kept: the returning stage's undecided tasks close as closed by return (each on
 * the ledger), the approvals already given stay with the pass they belong to, and the stages from
 * the target on run again.
 */
function returnKeepingPasses(
  state: ApprovalState,
  action: Extract<ActAction, { type: 'return' }>,
  now: string,
  step: Step,
): void {
  const stage = state.stages[state.current]!;
  const approvals = approvalsInPass(stage);
  const closed = closeByReturn(stage, actorTask(state, action.actor.personId)?.task, now);
  step.events.push(
    event(state, action, {
      detail: {
        target: action.target,
        pass: stage.round,
        approvalsKept: approvals,
        closedByReturn: closed.map((t) => ({ personId: t.assignee.personId, name: t.assignee.name })),
      },
    }),
  );
  step.events.push(...closedByReturnEvents(stage, closed));
  if (action.target.kind === 'submitter') {
    returnToSubmitter(state, step);
    endPass(stage, 'return', now);
  } else {
    for (const run of state.stages.slice(action.target.stageIndex, state.current + 1)) endPass(run, 'return', now);
    state.current = action.target.stageIndex;
  }
}

/**
 * Applies an action that `refusal` has allowed, and settles the request. Mutates the state; the
 * returned step says what to write to the ledger and whom to tell.
 */
export function applyAction(
  state: ApprovalState,
  action: ActAction,
  now: string,
  revisions: Revisions = CURRENT_REVISIONS,
): Step {
  const step = emptyStep();
  const stage = state.stages[state.current]!;
  const mine = actorTask(state, action.actor.personId);
  const people = (list: PersonRef[]) => list.map((p) => ({ personId: p.personId, name: p.name }));

  switch (action.type) {
    case 'approve':
    case 'reject': {
      const { task, slot, asDelegate } = mine!;
      if (asDelegate) {
        task.delegate = { ...task.delegate!, back: true, recommendation: action.type };
        step.events.push(
          event(state, action, { action: `delegate_${action.type}`, onBehalfOf: task.assignee }),
        );
        step.notices.push({ people: [task.assignee], kind: 'task', text: 'delegation returned' });
        break;
      }
      task.status = action.type === 'approve' ? 'approved' : 'rejected';
      task.decidedAt = now;
      // Holders decide for their slot: once one has, the others (after an escalation) are not needed.
      const isHolder = slot.holders.includes(task);
      for (const other of isHolder ? slot.holders : []) {
        if (other !== task && (other.status === 'open' || other.status === 'waiting')) {
          other.status = 'closed';
          other.closeReason = 'not_needed';
        }
      }
      state.humanActed = true;
      step.events.push(event(state, action));
      break;
    }
    case 'return': {
      state.humanActed = true;
      if (revisions.keepPasses) {
        returnKeepingPasses(state, action, now, step);
        break;
      }
      closeUndecided(stage, 'returned');
      step.events.push(event(state, action, { detail: { target: action.target } }));
      if (action.target.kind === 'submitter') {
        returnToSubmitter(state, step);
        stage.status = 'pending';
        stage.slots = [];
        stage.passedThisPass = false;
      } else {
        resetFrom(state, action.target.stageIndex, null);
        state.current = action.target.stageIndex;
      }
      break;
    }
    case 'resubmit': {
      state.status = 'running';
      state.current = state.resumeAt ?? 0;
      resetFrom(state, state.current, revisions.keepPasses ? { by: 'resubmit', now } : null);
      state.humanActed = false;
      step.events.push(event(state, action));
      break;
    }
    case 'transfer': {
      const { task, slot } = mine!;
      task.status = 'transferred';
      slot.history.push(task);
      const successor = newTask(state, action.to);
      if (slot.holders.includes(task)) slot.holders = [...slot.holders.filter((t) => t !== task), successor];
      else slot.group!.members = slot.group!.members.map((t) => (t === task ? successor : t));
      state.humanActed = true;
      step.events.push(event(state, action, { detail: { to: action.to } }));
      break;
    }
    case 'delegate': {
      mine!.task.delegate = { person: action.to, back: false };
      addParticipant(state, action.to.personId);
      state.humanActed = true;
      step.events.push(event(state, action, { detail: { to: action.to } }));
      step.notices.push({ people: [action.to], kind: 'task', text: 'delegated' });
      break;
    }
    case 'add_signer': {
      mine!.slot.group = {
        id: newId(state, 'g'),
        addedBy: actorOf(action),
        position: action.position,
        mode: action.mode,
        members: action.signers.map((p) => newTask(state, p)),
      };
      state.humanActed = true;
      step.events.push(
        event(state, action, {
          detail: { signers: people(action.signers), position: action.position, mode: action.mode },
        }),
      );
      break;
    }
    case 'remove_signer': {
      const member = tasksOf(stage).find((t) => t.id === action.taskId)!;
      member.status = 'closed';
      member.closeReason = 'removed';
      step.events.push(event(state, action, { detail: { removed: member.assignee } }));
      break;
    }
    case 'cc': {
      const fresh = action.people.filter((p) => !state.cc.some((c) => c.personId === p.personId));
      state.cc.push(...people(fresh));
      fresh.forEach((p) => addParticipant(state, p.personId));
      step.events.push(event(state, action, { detail: { people: people(fresh) } }));
      step.notices.push({ people: people(fresh), kind: 'cc', text: 'cc' });
      break;
    }
    case 'withdraw': {
      if (state.status === 'running') closeUndecided(stage, 'withdrawn');
      state.status = 'withdrawn';
      state.decidedAt = now;
      step.events.push(event(state, action, { stageIndex: null }));
      break;
    }
    case 'recall': {
      const where = recallable(state, action.actor.personId)!;
      if (where === 'previous_stage') {
        closeUndecided(stage, 'recalled');
        if (revisions.keepPasses) endPass(stage, 'recall', now);
        stage.status = 'pending';
        stage.slots = [];
        state.current -= 1;
        const previous = state.stages[state.current]!;
        previous.status = 'open';
        previous.passedThisPass = false;
      }
      const reopened = state.stages[state.current]!;
      for (const slot of reopened.slots) {
        for (const task of [...slot.holders, ...(slot.group?.members ?? [])]) {
          if (
            task.status === 'approved' &&
            !task.automatic &&
            task.assignee.personId === action.actor.personId
          ) {
            task.status = 'waiting';
            task.decidedAt = undefined;
          }
          // Tasks the decision had made unnecessary are needed again.
          if (task.status === 'closed' && task.closeReason === 'not_needed') task.status = 'waiting';
        }
      }
      step.events.push(event(state, action, { detail: { from: where } }));
      break;
    }
    case 'urge': {
      state.lastUrgeAt = now;
      const waitingOn = tasksOf(stage)
        .filter((t) => t.status === 'open')
        .map((t) => (t.delegate && !t.delegate.back ? t.delegate.person : t.assignee));
      step.events.push(event(state, action, { detail: { urged: waitingOn } }));
      step.notices.push({ people: waitingOn, kind: 'urge', text: action.opinion ?? 'urge' });
      break;
    }
    case 'comment':
      step.events.push(event(state, action));
      break;
  }
  return merge(step, settle(state, now));
}
