// What every workflow library uses and nothing domain-specific: the workflow's clock (now and
// today in Asia/Shanghai, kept across continue-as-new and into children), a mutex for update
// handlers, refusal failures, the history-length check before continue-as-new, and the one way a
// procedure starts a sign-off child on the approvals engine. Workflow code only: it is bundled
// into every worker's workflows, so no Node APIs; the server side of these lives in
// `@bastion/platform-temporal`.
export { historyTooLong } from './lib/history-length';
export { Mutex } from './lib/mutex';
export { refusalFailure, type WorkflowRefusal } from './lib/refusal-failure';
export {
  SIGN_OFF_CANCELLED_WITH_PARENT_PATCH,
  type SignOffEngine,
  type SignOffStart,
  startSignOff,
} from './lib/sign-off';
export { continueAsNewKeepingClock, now, today, workflowClock } from './lib/workflow-clock';
