import { DevelopmentErrorCode } from '@bastion/development-contracts';
import { composedText } from '@bastion/messages';
import { untilVersion } from '@bastion/platform-temporal';
import { DevelopmentError } from './development-error';

/**
 * Waits until the read model holds a case's record at `version` or later. A case is on record
 * once its workflow has run its first task; the caller is answered only then, so that the next
 * read finds it.
 */
export function untilOnRecord(version: () => Promise<number | undefined>, atLeast = 1): Promise<void> {
  return untilVersion(
    version,
    atLeast,
    () => new DevelopmentError(DevelopmentErrorCode.NotReady, composedText('development.service.not_ready')),
  );
}
