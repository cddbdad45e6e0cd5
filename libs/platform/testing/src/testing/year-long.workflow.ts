import { sleep } from '@temporalio/workflow';

/** Waits a year, then reports the workflow clock; on the time-skipping server this takes moments. */
export async function yearLong(): Promise<number> {
  const start = Date.now();
  await sleep('365 days');
  return Date.now() - start;
}
