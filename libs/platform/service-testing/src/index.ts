// What services' integration tests share: one way to start a service under test, the
// authorization-matrix runner, a stand-in for the identity service with a small fixed
// organisation, an HTTP client, and workflow bundles built once per test process. Apart from
// `@bastion/platform-testing`, which the platform's own libraries test with.
export * from './lib/authorization-matrix';
export * from './lib/body-types';
export * from './lib/development-records';
export * from './lib/eventually';
export * from './lib/http-client';
export * from './lib/identity-directory';
export * from './lib/schema-checks';
export * from './lib/service-under-test';
export * from './lib/terminations';
export * from './lib/workflow-bundle';
