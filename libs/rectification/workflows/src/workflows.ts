// The workflow entry the worker bundles: every workflow function of the rectification service.
export { rectificationBatch } from './lib/batch.workflow';
export { rectificationItem } from './lib/item.workflow';
export { identityHolidayCalendar as rectificationHolidayCalendar, orgSubtree } from '@bastion/identity-workflows';
