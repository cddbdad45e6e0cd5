export { developmentCase, type CarriedCase } from './lib/case.workflow';
export { identityLookup as developmentIdentityLookup } from '@bastion/identity-workflows';
