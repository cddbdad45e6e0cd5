export * from './lib/development-env';
export * from './lib/development.module';
export * from './lib/persistence/development-schema';
