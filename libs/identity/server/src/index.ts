export * from './lib/identity-env';
export * from './lib/identity.module';
export * from './lib/persistence/identity-schema';
export * from './lib/dataset/identity-dataset';
export { IdNumberVault } from './lib/people/id-number';
