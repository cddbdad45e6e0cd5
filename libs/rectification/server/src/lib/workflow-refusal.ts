import type { RectificationErrorCode } from '@bastion/rectification-contracts';
import { errorStatus } from '@bastion/messages';
import { updateRefusal } from '@bastion/platform-temporal';
import { RectificationError, WORKFLOW_REFUSALS } from './rectification-error';

/** A workflow's refusal of an update as the caller should hear it; anything else stays an error. */
export function asRefusal(error: unknown): unknown {
  const refusal = updateRefusal(error, WORKFLOW_REFUSALS);
  // The workflow has completed: the item was handed over or closed for good, the batch closed.
  if (refusal === 'ended') {
    return new RectificationError(
      'WRONG_STATE',
      'This record is finished; nothing more can be done on it.',
      409,
    );
  }
  if (refusal) {
    return new RectificationError(
      refusal.code as RectificationErrorCode,
      refusal.message,
      errorStatus(refusal.code) ?? 500,
    );
  }
  return error;
}
