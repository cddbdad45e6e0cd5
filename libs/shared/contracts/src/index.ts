// Shapes every service and the console share: the error body, keyset pages, primitive and text
// schemas (the one `line`/`multiline` check), references and termination.
export * from './lib/error-body';
export * from './lib/page';
export * from './lib/primitives';
export * from './lib/refs';
export * from './lib/text';
export * from './lib/termination';
