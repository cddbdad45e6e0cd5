// Workflows that ask the identity service (on its `identity` queue) for what another service
// needs: the administered holiday calendar, an organisation's subtree, people, an organisation
// and a meeting's expected voters. They run on the asking service's worker: each domain's
// workflows entry (`src/workflows.ts`) re-exports them under its own workflow type names. And
// `identityActivities`: the identity service's activities as every procedure's workflow calls them.
export { identityHolidayCalendar } from './lib/holiday-calendar.workflow';
export { identityActivities } from './lib/identity';
export { type IdentityLookup, identityLookup } from './lib/identity-lookup.workflow';
export { orgSubtree } from './lib/org-subtree.workflow';
