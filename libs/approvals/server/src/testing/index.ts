// The approvals service as other services' integration tests boot it beside themselves (the
// `@bastion/approvals-server/testing` entry): the real sign-off engine for their sign-offs, its
// signers deciding them, and the checks of a procedure's terminate route (a terminated record
// closes its sign-off).
export {
  type ApprovalsTestApp,
  type BesideApprovals,
  startApprovalsTestApp,
  startBesideApprovals,
} from './approvals-test-app';
export {
  checkProcedureTermination,
  decideSignOff,
  expectSignOffEndsWithItsRecord,
  type ProcedureTermination,
} from './sign-offs';
