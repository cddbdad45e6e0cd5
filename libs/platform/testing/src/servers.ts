export * from './lib/postgres';
export * from './lib/temporal';
