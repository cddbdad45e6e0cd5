import { activate } from './activation';
import { emptyStep, type Step } from './events';
import { type ApprovalState, type CloseReason, type StageRun, stageDef, tasksOf } from './state';
import { stageVerdict } from './tally';

/** Ends every task of a stage that is still waiting or open. */
export function closeUndecided(stage: StageRun, reason: CloseReason): void {
  for (const task of tasksOf(stage)) {
    if (task.status === 'open' || task.status === 'waiting') {
      task.status = 'closed';
      task.closeReason = reason;
    }
  }
}

/** Ends the request as rejected, or hands it back to the submitter, as the route says. */
function afterRejection(state: ApprovalState, now: string, step: Step): void {
  const submitter = state.input.subject.submitter;
  if (state.input.route.settings.onReject === 'end') {
    state.status = 'rejected';
    state.decidedAt = now;
    step.events.push({ stageIndex: null, actor: null, action: 'rejected', automatic: true });
    step.notices.push({ people: [submitter], kind: 'outcome', text: 'rejected' });
    return;
  }
  returnToSubmitter(state, step);
}

/** The request waits for the submitter to correct and resubmit it. */
export function returnToSubmitter(state: ApprovalState, step: Step): void {
  const settings = state.input.route.settings;
  state.status = 'returned';
  state.resumeAt = settings.resubmitFrom === 'start' ? 0 : state.current;
  step.events.push({
    stageIndex: state.current,
    actor: null,
    action: 'returned_to_submitter',
    automatic: true,
  });
  step.notices.push({ people: [state.input.subject.submitter], kind: 'returned', text: 'returned' });
}

/**
 * Moves the request on as far as it can go by itself: opens the tasks whose turn has come,
 * concludes the open stage when its verdict is certain, moves to the next stage (which the
 * workflow then opens, since that needs the assignees looked up), or ends the request.
 */
export function settle(state: ApprovalState, now: string): Step {
  const step = emptyStep();
  while (state.status === 'running') {
    const stage = state.stages[state.current]!;
    if (stage.status !== 'open') break;
    const def = stageDef(state, stage.index);
    step.opened.push(...activate(stage, def.mode, now));
    const verdict = stageVerdict(stage.slots, def.mode, def.rejectPolicy);
    if (verdict === 'pending') break;
    closeUndecided(stage, 'not_needed');
    if (verdict === 'rejected') {
      stage.status = 'rejected';
      step.events.push({ stageIndex: stage.index, actor: null, action: 'stage_rejected', automatic: true });
      afterRejection(state, now, step);
      break;
    }
    const allSkipped = tasksOf(stage).every((t) => t.status !== 'approved' || t.automatic);
    stage.status = allSkipped ? 'skipped' : 'approved';
    stage.passedThisPass = true;
    step.events.push({
      stageIndex: stage.index,
      actor: null,
      action: `stage_${stage.status}`,
      automatic: true,
    });
    if (state.current === state.stages.length - 1) {
      state.status = 'approved';
      state.decidedAt = now;
      step.events.push({ stageIndex: null, actor: null, action: 'approved', automatic: true });
      step.notices.push({ people: [state.input.subject.submitter], kind: 'outcome', text: 'approved' });
      break;
    }
    state.current += 1;
  }
  // A task that was open and is no longer in turn does not need a new deadline; only the newly
  // opened that are still open do.
  step.opened = step.opened.filter((t) => t.status === 'open');
  if (step.opened.length) {
    step.notices.push({
      people: step.opened.map((t) => t.delegate?.person ?? t.assignee),
      kind: 'task',
      text: 'task',
    });
  }
  return step;
}

/** Whether the workflow must look up assignees and open the current stage. */
export function needsOpening(state: ApprovalState): boolean {
  return state.status === 'running' && state.stages[state.current]?.status === 'pending';
}
