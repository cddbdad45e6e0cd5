export * from './lib/data-source';
export * from './lib/keyset';
export * from './lib/service-schema';
export * from './lib/stable-id';
export * from './lib/persistence.module';
