import type { RectificationErrorCode } from '@bastion/rectification-contracts';
import { composedText, errorStatus } from '@bastion/messages';
import { updateRefusal } from '@bastion/platform-temporal';
import { RectificationError, WORKFLOW_REFUSALS } from './rectification-error';

/** A workflow's refusal of an update as the caller should hear it; anything else stays an error. */
export function asRefusal(error: unknown): unknown {
  const refusal = updateRefusal(error, WORKFLOW_REFUSALS);
  // The workflow has completed: the item was handed over or closed for good, the batch closed.
  if (refusal === 'ended') {
    return new RectificationError('WRONG_STATE', composedText('rectification.service.record_finished'), 409);
  }
  // The rules' own sentence (Chinese, the rule book's) reaches a caller of its language; a reason
  // the refusal carries by key among its params is worded in every caller's.
  if (refusal) {
    return new RectificationError(
      refusal.code as RectificationErrorCode,
      refusal.message,
      errorStatus(refusal.code) ?? 500,
      undefined,
      refusal.params ? { params: refusal.params } : undefined,
    );
  }
  return error;
}
