import { expect, type Page, test as base } from '@playwright/test';
import { screenshots } from './screenshots';

/**
 * A journey through the console: Playwright's `test` with `shot`, which takes a full-page
 * screenshot of a page into the test's output folder, named for the moment it shows.
 */
export const test = base.extend<{ shot: (page: Page, name: string) => Promise<Buffer> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from its first parameter
  shot: async ({}, use, testInfo) => use(screenshots(testInfo)),
});

export { expect };

/**
 * Reloads until `shown` passes: what another workflow decides (a sign-off's outcome) reaches the
 * record a moment later. Each look waits two seconds at most, the whole a minute.
 */
export async function untilShown(
  reload: () => Promise<unknown>,
  shown: (timeout: number) => Promise<void>,
): Promise<void> {
  await expect(async () => {
    await reload();
    await shown(2_000);
  }).toPass({ timeout: 60_000 });
}
