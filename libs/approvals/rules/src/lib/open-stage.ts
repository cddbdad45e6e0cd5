import type { PersonRef } from '@bastion/approvals-contracts';
import { emptyStep, merge, type Step } from './events';
import { settle } from './settle';
import { type ApprovalState, addParticipant, newId, newTask, stageDef, type Task } from './state';

/** Who approved the stage before this one in the current pass (for the consecutive-signer rule). */
function approversOfPrevious(state: ApprovalState, index: number): Set<string> {
  const previous = state.stages[index - 1];
  if (!previous || !previous.passedThisPass) return new Set();
  return new Set(
    previous.slots
      .flatMap((s) => [...s.holders, ...(s.group?.members ?? [])])
      .filter((t) => t.status === 'approved')
      .map((t) => t.assignee.personId),
  );
}

/**
 * Opens the current stage with the assignees the workflow looked up (already non-empty and
 * without repeats): one slot each, the skip rules applied and recorded, the people the stage
 * copies in added, then the request settled.
 */
export function openStage(state: ApprovalState, assignees: PersonRef[], cc: PersonRef[], now: string): Step {
  const step = emptyStep();
  const stage = state.stages[state.current]!;
  const settings = state.input.route.settings;
  const submitter = state.input.subject.submitter.personId;
  const previous = approversOfPrevious(state, stage.index);
  stage.round += 1;
  stage.status = 'open';
  stage.slots = assignees.map((person) => {
    const task: Task = newTask(state, person);
    const skipAsSubmitter = settings.submitterAsAssignee === 'skip' && person.personId === submitter;
    const skipAsRepeat = settings.sameAssigneeConsecutive === 'skip' && previous.has(person.personId);
    if (skipAsSubmitter || skipAsRepeat) {
      task.status = 'skipped';
      task.automatic = true;
      task.decidedAt = now;
      step.events.push({
        stageIndex: stage.index,
        actor: person,
        action: 'auto_pass',
        automatic: true,
        detail: { reason: skipAsSubmitter ? 'submitter' : 'approved the previous stage' },
      });
    }
    return { id: newId(state, 's'), holders: [task], history: [] };
  });
  step.events.push({
    stageIndex: stage.index,
    actor: null,
    action: 'stage_opened',
    automatic: true,
    detail: { round: stage.round, name: stageDef(state, stage.index).name, assignees },
  });
  const fresh = cc.filter((p) => !state.cc.some((c) => c.personId === p.personId));
  if (fresh.length) {
    state.cc.push(...fresh);
    fresh.forEach((p) => addParticipant(state, p.personId));
    step.events.push({
      stageIndex: stage.index,
      actor: null,
      action: 'cc',
      automatic: true,
      detail: { people: fresh },
    });
    step.notices.push({ people: fresh, kind: 'cc', text: 'cc' });
  }
  return merge(step, settle(state, now));
}
