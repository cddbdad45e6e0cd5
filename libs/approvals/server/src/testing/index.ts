// The approvals service as other services' integration tests boot it beside themselves (the
// `@bastion/approvals-server/testing` entry): the real sign-off engine, for their sign-offs, and its signers deciding them.
export {
  type ApprovalsTestApp,
  type BesideApprovals,
  startApprovalsTestApp,
  startBesideApprovals,
} from './approvals-test-app';
export { decideSignOff, type SignOffEnd, signOffEnd, signOffLedgerTail } from './sign-offs';
