import type { UnauthorisedDecider } from './assignees';
import { emptyStep, type Step } from './events';
import { type ApprovalState, stageDef } from './state';

/**
 * A stage's rule found nobody to sign, not even after escalating or asking the process
 * administrators: the request ends here as "no assignee", on record and distinct from running
 * out of time, rather than passing a stage nobody looked at. The submitter is told.
 */
export function endForNobody(state: ApprovalState, now: string, unauthorised?: UnauthorisedDecider): Step {
  const step = emptyStep();
  const index = state.current;
  state.status = 'no_assignee';
  state.decidedAt = now;
  step.events.push({
    stageIndex: index,
    actor: null,
    action: 'no_assignee',
    automatic: true,
    detail: {
      stage: stageDef(state, index).name,
      whenNobody: state.input.route.settings.whenNobody,
      // The organisation the stage would have let decide an admission or a conversion, and why it may not.
      ...(unauthorised ? { unauthorised } : {}),
    },
  });
  step.notices.push({ people: [state.input.subject.submitter], kind: 'outcome', text: 'no_assignee' });
  return step;
}
