// The approval workflows (the child every sign-off runs, the general request) and the process
// that sequences the engine's rules (in `@bastion/approvals-rules`) with lookups, timers and
// writes. Only the worker bundles this library (it names `src/workflows.ts` by path) and its own
// tests use it; servers and the console import the rules and the contracts instead.
export * from './workflows';
