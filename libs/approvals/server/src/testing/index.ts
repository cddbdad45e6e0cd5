// The approvals service as other services' integration tests boot it beside themselves (the
// `@bastion/approvals-server/testing` entry): the real sign-off engine, for their sign-offs.
export { type ApprovalsTestApp, startApprovalsTestApp } from './approvals-test-app';
