import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import type { RectificationErrorCode } from '@bastion/rectification-contracts';
import { REFUSAL_STATUS, RectificationError } from './rectification-error';

/** A workflow's refusal of an update as the caller should hear it; anything else stays an error. */
export function asRefusal(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = error.cause.type ?? '';
    const status = REFUSAL_STATUS[code];
    if (status) return new RectificationError(code as RectificationErrorCode, error.cause.message, status);
  }
  // The workflow has completed: the item was handed over or closed for good, the batch closed.
  if (error instanceof WorkflowNotFoundError) {
    return new RectificationError(
      'WRONG_STATE',
      'This record is finished; nothing more can be done on it.',
      409,
    );
  }
  return error;
}
