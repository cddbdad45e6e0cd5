export { developmentCase, type CarriedCase } from './lib/case.workflow';
export { developmentIdentityLookup } from './lib/identity-lookup.workflow';
