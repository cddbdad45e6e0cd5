import { setTimeout as sleep } from 'node:timers/promises';
import { RectificationError } from './rectification-error';

/** How long a step waits for a just-started workflow before answering 503. */
const READY_WITHIN_MS = 10_000;

/**
 * Waits until a workflow has written its first record (version 1). The service writes version 0
 * itself when it registers an item or opens a batch; a step sent before the workflow has run its
 * first task would find no handler for it, so it waits for the workflow to be on record.
 */
export async function untilStarted(version: () => Promise<number | undefined>): Promise<void> {
  const giveUpAt = Date.now() + READY_WITHIN_MS;
  for (let wait = 25; ; wait = Math.min(wait * 2, 250)) {
    if (((await version()) ?? 0) >= 1) return;
    if (Date.now() + wait > giveUpAt) {
      throw new RectificationError(
        'NOT_READY',
        'The record is still being set up; try again in a moment.',
        503,
      );
    }
    await sleep(wait);
  }
}
