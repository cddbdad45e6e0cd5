export * from './lib/activities';
export * from './lib/engine/deadlines';
export * from './lib/engine/events';
export * from './lib/engine/refusal';
export * from './lib/engine/return-targets';
export * from './lib/engine/state';
export * from './lib/engine/tally';
export { generalRequestWorkflowId } from './lib/general-request.workflow';
export * from './lib/process/ports';
