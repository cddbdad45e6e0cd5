import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { DevelopmentErrorCode, type Refusal } from '@bastion/development-contracts';
import { DevelopmentError, REFUSAL_STATUS } from './development-error';

/** A case workflow's refusal of an update as the caller should hear it; anything else stays an error. */
export function asRefusal(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = (error.cause.type ?? '') as DevelopmentErrorCode;
    if (code in REFUSAL_STATUS) {
      const params = error.cause.details?.[0] as Refusal['params'] | undefined;
      return DevelopmentError.of({ code, message: error.cause.message, ...(params ? { params } : {}) });
    }
  }
  // The workflow has ended: the case is closed or its papers archived.
  if (error instanceof WorkflowNotFoundError) {
    return new DevelopmentError(
      DevelopmentErrorCode.WrongStep,
      'This case is finished; nothing more can be done on it.',
    );
  }
  return error;
}
