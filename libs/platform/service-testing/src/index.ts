// What services' integration tests share: one way to start a service under test (and one for a
// describe block, started before its tests and closed after them), its health and OpenAPI check,
// the authorization-matrix runner, the table of input every service refuses, a stand-in for the
// identity service with a small fixed organisation, an HTTP client, the calls fixtures make
// (`posted`, `recordReader`) and the check of a refused field, workflow bundles built once per
// test process, and the replay check of every workflows library's recorded histories. Apart from
// `@bastion/platform-testing`, which the platform's own libraries test with.
export * from './lib/authorization-matrix';
export * from './lib/body-types';
export * from './lib/development-records';
export * from './lib/eventually';
export * from './lib/field-refusals';
export * from './lib/fixture-calls';
export * from './lib/health-and-docs';
export * from './lib/history-replay';
export * from './lib/http-client';
export * from './lib/http-conventions';
export * from './lib/identity-directory';
export * from './lib/input-safety';
export * from './lib/schema-checks';
export * from './lib/service-under-test';
export * from './lib/suite-service';
export * from './lib/terminations';
export * from './lib/workflow-bundle';
