// What the rectification service shares with the console: batches and items (`batch`, `item`,
// `item-record`, `item-actions`), finding sources and their settings (`sources`), paper records
// (`paper-record`), the HTTP inputs (`api`) and views (`views`), the import spreadsheet's columns
// (`import-columns`), the workflows' names and inputs, activities, refusal codes and permissions.
export * from './lib/activities';
export * from './lib/api';
export * from './lib/batch';
export * from './lib/errors';
export * from './lib/import-columns';
export * from './lib/item';
export * from './lib/item-actions';
export * from './lib/item-record';
export * from './lib/paper-record';
export * from './lib/permissions';
export * from './lib/sources';
export * from './lib/views';
export * from './lib/workflows';
