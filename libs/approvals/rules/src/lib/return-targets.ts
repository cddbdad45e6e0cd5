import type { ReturnTargetOption } from '@bastion/approvals-contracts';
import type { ApprovalState } from './state';
import { stageDef } from './state';

export type { ReturnTargetOption };

/**
 * Where the open stage may send the request back: a stage before it that this request actually
 * passed in the current pass of the route (a stage it skipped or never reached is no target),
 * or the submitter.
 */
export function returnTargets(state: ApprovalState): ReturnTargetOption[] {
  if (state.status !== 'running') return [];
  const stages = state.stages
    .filter((s) => s.index < state.current && s.passedThisPass && s.status === 'approved')
    .map((s) => ({ kind: 'stage' as const, stageIndex: s.index, name: stageDef(state, s.index).name }));
  return [...stages, { kind: 'submitter' }];
}
