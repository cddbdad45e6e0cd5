// The service's working calendar is the one every workflow service keeps (`@bastion/platform-temporal`).
export { WorkingCalendar } from '@bastion/platform-temporal';
