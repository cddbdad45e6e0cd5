// What test files use inside Jest workers. Starting servers lives in `./servers` (the
// `@bastion/platform-testing/servers` entry), because the embedded PostgreSQL package is an ES
// module that only Node's own loader, not Jest's, can require.
export * from './lib/executables';
export * from './lib/free-port';
export * from './lib/temporal';
export * from './lib/test-infra';
export * from './lib/history-recorder';
export * from './lib/wait-for';
export * from './lib/beside-the-engine';
export * from './lib/newest-versions';
export * from './lib/identity-over-tree';
