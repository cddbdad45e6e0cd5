import { DevelopmentErrorCode, type Refusal } from '@bastion/development-contracts';
import { composedText } from '@bastion/messages';
import { updateRefusal } from '@bastion/platform-temporal';
import { DevelopmentError, isDevelopmentErrorCode } from './development-error';

/** A case workflow's refusal of an update as the caller should hear it; anything else stays an error. */
export function asRefusal(error: unknown): unknown {
  const refusal = updateRefusal(error, { has: isDevelopmentErrorCode });
  // The workflow has ended: the case is closed or its papers archived.
  if (refusal === 'ended') {
    return new DevelopmentError(
      DevelopmentErrorCode.WrongStep,
      composedText('development.service.case_finished'),
    );
  }
  if (refusal) return DevelopmentError.of(refusal as Refusal);
  return error;
}
