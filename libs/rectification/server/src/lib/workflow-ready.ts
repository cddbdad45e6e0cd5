import { composedText } from '@bastion/messages';
import { untilVersion } from '@bastion/platform-temporal';
import { RectificationError } from './rectification-error';

/**
 * Waits until a workflow has written its first record (version 1). The service writes version 0
 * itself when it registers an item or opens a batch; a step sent before the workflow has run its
 * first task would find no handler for it, so it waits for the workflow to be on record.
 */
export function untilStarted(version: () => Promise<number | undefined>): Promise<void> {
  return untilVersion(
    version,
    1,
    () => new RectificationError('NOT_READY', composedText('rectification.service.not_ready'), 503),
  );
}
