import type { YearData } from '@bastion/calendar';
import { identity } from './workflow-context';

/**
 * Asks the identity service for the holiday calendar as its administrators keep it. The service
 * runs it to compute its own views and records on the same calendar its workflows take.
 */
export async function developmentHolidayCalendar(): Promise<YearData[]> {
  return identity.holidayCalendar();
}
