// The workflow entry the worker bundles: every workflow function of the development service.
export { developmentCase } from './lib/case.workflow';
export { developmentIdentityLookup } from './lib/identity-lookup.workflow';
export { developmentHolidayCalendar } from './lib/holiday-calendar.workflow';
