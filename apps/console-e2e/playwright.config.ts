import { defineConfig } from '@playwright/test';
import { consoleUrl } from './src/support/stack';

/**
 * End-to-end tests of the console against the real stack (PostgreSQL, Temporal, the identity
 * service with demo data, the Angular dev server), started once for the run by globalSetup in a
 * fresh data folder on ports of its own. Set E2E_BASE_URL to test a stack that is already running.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../tmp/console-e2e/results',
  globalSetup: './src/support/global-setup.ts',
  globalTeardown: './src/support/global-teardown.ts',
  // The stack starts in about a minute on two cores; the budget leaves room for a cold build.
  globalTimeout: 10 * 60_000,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: consoleUrl(),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
