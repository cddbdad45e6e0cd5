// The shape every workflow service shares: one root module factory (`workflowServiceModule`)
// wiring config, schema, Temporal worker, auth, health, refusal log, the administered working
// calendar and the file store around a service's own controllers and providers; and an
// administrator's termination of a procedure's record (`terminateRecord`); the base of a service
// that drives workflows (`WorkflowBacked`).
export * from './lib/record-termination';
export * from './lib/workflow-backed';
export * from './lib/workflow-service.module';
export * from './lib/workflow-source';
