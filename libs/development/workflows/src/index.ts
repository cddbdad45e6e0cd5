// The development case workflow (one per person, from the application to the archive) and the
// lookups it re-exports from `@bastion/identity-workflows`. Only the worker bundles this library
// (by path) and its own tests use it; the rules it applies are in `@bastion/development-rules`.
export { developmentCase, type CarriedCase } from './lib/case.workflow';
export { identityLookup as developmentIdentityLookup } from '@bastion/identity-workflows';
