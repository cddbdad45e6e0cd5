// What the identity service shares: the organisation tree (`org`), people and memberships
// (`person`), discipline (`discipline`), users and roles, sessions (`auth`), the holiday calendar
// years it administers (`calendar`), the audit trail, and the activities other services' workflows
// call on its task queue (`activities`).
export * from './lib/activities';
export * from './lib/auth';
export * from './lib/calendar';
export * from './lib/errors';
export * from './lib/org';
export * from './lib/permissions';
export * from './lib/person';
export * from './lib/roles';
export * from './lib/users';
export * from './lib/audit';
export * from './lib/discipline';
