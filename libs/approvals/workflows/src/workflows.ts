// The workflow entry the worker bundles: every workflow function of the approvals service.
export { approval } from './lib/approval.workflow';
export { generalRequest } from './lib/general-request.workflow';
export { identityHolidayCalendar as approvalsHolidayCalendar } from '@bastion/identity-workflows';
