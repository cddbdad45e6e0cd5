/*
 * PostgreSQL for every service: its own schema and migrations (data-source, service-schema),
 * keyset paging, stable ids, and the one versioned upsert the read-model writers share.
 */
export * from './lib/data-source';
export * from './lib/keyset';
export * from './lib/service-schema';
export * from './lib/stable-id';
export * from './lib/versioned-upsert';
export * from './lib/persistence.module';
