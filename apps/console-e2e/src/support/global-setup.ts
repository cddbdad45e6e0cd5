import { consoleUrl, startStack, stopStack, tailOfLog, waitUntilUp } from './stack';

/** Starts the whole stack for the run, unless E2E_BASE_URL points at one that is running. */
export default async function globalSetup(): Promise<void> {
  if (process.env['E2E_BASE_URL']) return;
  const started = Date.now();
  const stack = startStack();
  try {
    // The first request to the dev server waits for its initial build.
    await waitUntilUp(`${consoleUrl()}/`, stack, 6 * 60_000);
    await waitUntilUp(`${consoleUrl()}/api/identity/health`, stack, 60_000);
    await waitUntilUp(`${consoleUrl()}/api/approvals/health`, stack, 60_000);
    await waitUntilUp(`${consoleUrl()}/api/rectification/health`, stack, 60_000);
    await waitUntilUp(`${consoleUrl()}/api/development/health`, stack, 60_000);
  } catch (error) {
    console.error(`\n--- stack.log ---\n${tailOfLog('stack')}\n--- console.log ---\n${tailOfLog('console')}`);
    await stopStack();
    throw error;
  }
  console.log(`Stack up in ${Math.round((Date.now() - started) / 1000)} s at ${consoleUrl()}`);
}
