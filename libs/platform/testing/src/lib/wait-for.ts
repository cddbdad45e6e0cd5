import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Reads until the answer is there (anything but undefined, null or false) and returns it: a
 * workflow on the time-skipping server reaches a state a moment after the call that caused it.
 * Gives up, naming what never came, after about ten seconds.
 */
export async function waitFor<T>(
  read: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await read();
    if (value) return value;
    await sleep(25);
  }
  throw new Error(`not reached: ${what}`);
}
