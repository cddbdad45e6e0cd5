/*
 * PostgreSQL for every service: its own schema and migrations (data-source, service-schema),
 * keyset paging, stable ids, and what the read-model writers share (`versioned-upsert`): the one
 * versioned upsert, rows inserted once, the columns a newer version rewrites, a row's version, a
 * history row's common columns, a person's two columns and a record's number from its sequence;
 * the termination columns of a row an administrator may terminate (`terminable-row`); the key of
 * a row to the row it belongs to, named by convention (`belongs-to`); the one record a caller may
 * see, or the 404 for one they may not (`visible-one`).
 */
export * from './lib/belongs-to';
export * from './lib/data-source';
export * from './lib/keyset';
export * from './lib/service-schema';
export * from './lib/stable-id';
export * from './lib/terminable-row';
export * from './lib/versioned-upsert';
export * from './lib/visible-one';
export * from './lib/persistence.module';
