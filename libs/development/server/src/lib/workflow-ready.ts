import { setTimeout as sleep } from 'node:timers/promises';
import { DevelopmentErrorCode } from '@bastion/development-contracts';
import { DevelopmentError } from './development-error';

/** How long a request waits for a workflow's write before answering 503. */
const READY_WITHIN_MS = 10_000;

/**
 * Waits until the read model holds a case's record at `version` or later. A case is on record
 * once its workflow has run its first task; the caller is answered only then, so that the next
 * read finds it.
 */
export async function untilOnRecord(version: () => Promise<number | undefined>, atLeast = 1): Promise<void> {
  const giveUpAt = Date.now() + READY_WITHIN_MS;
  for (let wait = 25; ; wait = Math.min(wait * 2, 250)) {
    if (((await version()) ?? 0) >= atLeast) return;
    if (Date.now() + wait > giveUpAt) {
      throw new DevelopmentError(
        DevelopmentErrorCode.NotReady,
        'The case is still being set up; try again in a moment.',
      );
    }
    await sleep(wait);
  }
}
