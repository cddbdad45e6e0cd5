import { proxyActivities } from '@temporalio/workflow';
import type { YearData } from '@bastion/calendar';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';

const identity = proxyActivities<Pick<IdentityActivities, 'holidayCalendar'>>({
  taskQueue: IDENTITY_TASK_QUEUE,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumAttempts: 5 },
});

/**
 * Asks the identity service for the holiday calendar as its administrators keep it. The service
 * runs it to forecast the deadlines of stages to come on the calendar its requests take.
 */
export async function approvalsHolidayCalendar(): Promise<YearData[]> {
  return identity.holidayCalendar();
}
