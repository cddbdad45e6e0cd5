// Temporal as every service uses it: connecting, hosting a worker, bundling workflows, refusals
// of Updates (`update-refusal`), termination with who and why, data failures that must not be
// retried, and the administered calendar a workflow asks identity for.
export * from './lib/administered-calendar';
export * from './lib/connect';
export * from './lib/data-failure';
export * from './lib/data-failure-interceptor';
export * from './lib/runtime-logger';
export * from './lib/temporal-tokens';
export * from './lib/temporal.module';
export * from './lib/terminate-workflow';
export * from './lib/update-refusal';
export * from './lib/workflow-bundler';
export * from './lib/workspace-paths';
export * from './lib/worker-host';
