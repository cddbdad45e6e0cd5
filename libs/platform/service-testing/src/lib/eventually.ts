import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Reads until the answer is what the test waits for: a read model catches up with a workflow
 * (a sign-off settled, a child started) a moment after the step that caused it. Fails with the
 * last answer if it never comes.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
): Promise<T> {
  const giveUpAt = Date.now() + 60_000;
  for (let wait = 50; ; wait = Math.min(wait * 2, 500)) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > giveUpAt) throw new Error(`${what} did not happen; last seen: ${JSON.stringify(value)}`);
    await sleep(wait);
  }
}
