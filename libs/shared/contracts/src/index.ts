// Shapes every service and the console share: the error body, keyset pages and the list query
// narrowed to an organisation (`page`), primitive and text schemas (the one `line`/`multiline`
// check), references to people, organisations and files (`refs`), the fields every request
// carries (`request-fields`: idempotency key, expected version, notes and reasons) and termination.
// A domain's contracts compose their schemas from these. The `testing` entry holds the small world
// (test ids and people, the forestry group's committees and branches) every domain's specs stand in.
export * from './lib/error-body';
export * from './lib/page';
export * from './lib/primitives';
export * from './lib/refs';
export * from './lib/request-fields';
export * from './lib/text';
export * from './lib/termination';
