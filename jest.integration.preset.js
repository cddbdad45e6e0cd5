// Integration specs (`*.int-spec.ts`) run against one real PostgreSQL and one real Temporal dev
// server started for the whole Jest run.
const path = require('node:path');
const base = require('./jest.preset.js');

const testing = path.join(__dirname, 'libs/platform/testing/src/jest');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  globalSetup: path.join(testing, 'global-setup.ts'),
  globalTeardown: path.join(testing, 'global-teardown.ts'),
  // Sets the one clock when the run is dated (BASTION_TODAY), in every test file's modules.
  setupFiles: [path.join(testing, 'clock-setup.ts')],
  testTimeout: 120000,
};
