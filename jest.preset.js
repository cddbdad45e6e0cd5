// Node-side projects compile TypeScript with SWC: fast on two cores, and it keeps the
// decorator metadata that NestJS dependency injection and TypeORM entities rely on.
const { nxPreset } = require('@nx/jest/preset');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js|mjs)$': swcTransform },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
