export * from './lib/connect';
export * from './lib/runtime-logger';
export * from './lib/temporal-tokens';
export * from './lib/temporal.module';
export * from './lib/workflow-bundler';
export * from './lib/workspace-paths';
export * from './lib/worker-host';
