// The identity service (`/api/identity`): the organisation tree (`org`), people, memberships,
// offices and sanctions (`people`), logins and sessions (`auth`), users, the administered holiday
// calendar, the audit trail, and the activities it answers for other services' workflows. Its pure
// rules are in `@bastion/identity-rules`.
export * from './lib/identity-env';
export * from './lib/identity.module';
export * from './lib/identity-service';
export * from './lib/persistence/identity-schema';
export * from './lib/dataset/identity-dataset';
export { IdNumberVault } from './lib/people/id-number';
