import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks a program up as the shell would: an explicit path first, then each PATH entry. */
export function findOnPath(
  name: string,
  explicit?: string,
  pathVar = process.env['PATH'] ?? '',
): string | undefined {
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`${explicit} is not an executable file`);
    return explicit;
  }
  return pathVar
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

/**
 * The Temporal CLI (dev server): `TEMPORAL_CLI`, else `temporal` on PATH, else the SDK downloads
 * a matching release into `downloadDir` the first time.
 */
export function temporalCliExecutable(downloadDir?: string): EphemeralServerExecutable {
  const path = findOnPath('temporal', process.env['TEMPORAL_CLI']);
  return path ? { type: 'existing-path', path } : { type: 'cached-download', downloadDir };
}

/** The time-skipping test server: `TEMPORAL_TEST_SERVER`, else on PATH, else downloaded. */
export function temporalTestServerExecutable(downloadDir?: string): EphemeralServerExecutable {
  const path = findOnPath('temporal-test-server', process.env['TEMPORAL_TEST_SERVER']);
  return path ? { type: 'existing-path', path } : { type: 'cached-download', downloadDir };
}
