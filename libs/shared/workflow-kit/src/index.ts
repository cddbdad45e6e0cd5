export { Mutex } from './lib/mutex';
export { continueAsNewKeepingClock, workflowClock } from './lib/workflow-clock';
