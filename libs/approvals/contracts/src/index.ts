// What the sign-off engine shares with its callers and the console: routes and stages (`route`),
// the actions a signer takes (`actions`), the request and task views (`views`), the HTTP inputs
// (`api`), the child workflow's name, queue and input (`approval-workflow`), refusal codes
// (`errors`) and permissions.
export * from './lib/actions';
export * from './lib/api';
export * from './lib/approval-workflow';
export * from './lib/errors';
export * from './lib/permissions';
export * from './lib/route';
export * from './lib/subject';
export * from './lib/views';
// A person as every procedure names them; its home is the shared contracts.
export { personRefSchema, type PersonRef } from '@bastion/shared-contracts';
