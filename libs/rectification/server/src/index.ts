export * from './lib/rectification-env';
export * from './lib/rectification.module';
export * from './lib/persistence/rectification-schema';
