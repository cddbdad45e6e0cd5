// The console's kit is Angular like the console: its specs compile through jest-preset-angular
// (templates, decorators, signal inputs) and run without zone.js, as the app itself does.
const { createCjsPreset } = require('jest-preset-angular/presets');

module.exports = {
  displayName: 'console-ui',
  rootDir: __dirname,
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  // Resolves the workspace's `@bastion/*` path aliases from tsconfig.base.json.
  resolver: '@nx/jest/plugins/resolver',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
