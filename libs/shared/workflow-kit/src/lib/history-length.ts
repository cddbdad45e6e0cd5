import { workflowInfo } from '@temporalio/workflow';

/**
 * Histories stay small: well before the server's limits (or when it suggests so) a long-running
 * workflow carries on in a new run. `limit` is the workflow input's `continueAfterEvents`.
 */
export function historyTooLong(limit: number): boolean {
  return workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > limit;
}
