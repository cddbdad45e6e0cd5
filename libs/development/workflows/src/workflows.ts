// The workflow entry the worker bundles: every workflow function of the development service.
export { developmentCase } from './lib/case.workflow';
export {
  identityHolidayCalendar as developmentHolidayCalendar,
  identityLookup as developmentIdentityLookup,
} from '@bastion/identity-workflows';
