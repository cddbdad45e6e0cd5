import type { Page, TestInfo } from '@playwright/test';

/** Takes a full-page screenshot into the test's output folder, named for the moment it shows. */
export function screenshots(testInfo: TestInfo): (page: Page, name: string) => Promise<Buffer> {
  return (page, name) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}
