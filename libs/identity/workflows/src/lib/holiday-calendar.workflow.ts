import type { YearData } from '@bastion/calendar';
import { identity } from './identity';

/**
 * Asks the identity service for the holiday calendar as its administrators keep it. Each service
 * runs it (under its own workflow type, on its own queue) to compute its views and records, and
 * forecast deadlines, on the same calendar its workflows take.
 */
export async function identityHolidayCalendar(): Promise<YearData[]> {
  return identity.holidayCalendar();
}
