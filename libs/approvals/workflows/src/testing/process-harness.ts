import type { ActAction, RouteInput, StageInput } from '@bastion/approvals-contracts';
import { initialState, tasksOf } from '@bastion/approvals-rules';
import { ApprovalProcess, RefusedError } from '../lib/process/approval-process';
import { approvalInput } from './approval-fixtures';
import { MemoryPorts } from './memory-ports';

/** A started request in memory, with helpers that read like the rule book. */
export async function startRequest(stages: StageInput[], settings: RouteInput['settings'] = {}) {
  const ports = new MemoryPorts();
  const process = new ApprovalProcess(initialState(approvalInput(stages, settings)), ports);
  await process.start();
  const state = process.state;
  return {
    process,
    ports,
    state,
    /** Names of the people whose task is open now. */
    openTo: () =>
      state.status === 'running'
        ? tasksOf(state.stages[state.current]!)
            .filter((t) => t.status === 'open')
            .map((t) => t.assignee.name)
        : [],
    /** Takes the action, or returns the refusal's code. */
    tryAct: async (action: ActAction): Promise<string> => {
      try {
        await process.act(action);
        return 'ok';
      } catch (error) {
        if (error instanceof RefusedError) return error.refusal.code;
        throw error;
      }
    },
  };
}
