// Temporal as every service uses it: connecting, hosting a worker, bundling workflows, refusals
// of Updates (`update-refusal`), the one way a service sends an Update, starts a workflow by its
// business key and waits for its write to the read model (`workflow-calls`), termination with
// who and why, data failures that must not be retried, and the working calendar a service keeps
// on the one identity administers (`administered-calendar`).
export * from './lib/administered-calendar';
export * from './lib/connect';
export * from './lib/data-failure';
export * from './lib/data-failure-interceptor';
export * from './lib/runtime-logger';
export * from './lib/temporal-tokens';
export * from './lib/temporal.module';
export * from './lib/terminate-workflow';
export * from './lib/update-refusal';
export * from './lib/workflow-calls';
export * from './lib/workflow-bundler';
export * from './lib/workspace-paths';
export * from './lib/worker-host';
