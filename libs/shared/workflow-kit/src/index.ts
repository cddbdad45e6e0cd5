// What every workflow library uses and nothing domain-specific: the workflow's clock (now and
// today in Asia/Shanghai, kept across continue-as-new and into children), a mutex for update
// handlers, refusal failures and checked updates, the history-length check before
// continue-as-new, the one way a procedure starts a sign-off child on the approvals engine and
// keeps its results (`SignOffs`), the working calendar a procedure loads and wakes on, and how a
// workflow calls its service's local activities.
// Workflow code only: it is bundled into every worker's workflows, so no Node APIs; the server
// side of these lives in `@bastion/platform-temporal`.
export { setCheckedUpdate } from './lib/checked-update';
export { historyTooLong } from './lib/history-length';
export { localActivities } from './lib/local-activities';
export { Mutex } from './lib/mutex';
export { refusalFailure, type WorkflowRefusal } from './lib/refusal-failure';
export {
  SIGN_OFF_CANCELLED_WITH_PARENT_PATCH,
  type SignOffEngine,
  type SignOffStart,
  startSignOff,
} from './lib/sign-off';
export { SignOffs } from './lib/sign-offs';
export { continueAsNewKeepingClock, now, today, workflowClock } from './lib/workflow-clock';
export {
  ADMINISTERED_CALENDAR_PATCH,
  type CalendarSources,
  loadWorkingCalendar,
  shippedCalendar,
  wakeOnDay,
} from './lib/working-calendar';
