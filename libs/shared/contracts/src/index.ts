export * from './lib/error-body';
export * from './lib/page';
export * from './lib/primitives';
export * from './lib/refs';
export * from './lib/text';
export * from './lib/termination';
