import { condition, patched } from '@temporalio/workflow';
import {
  chinaHolidayCalendar,
  createHolidayCalendar,
  type HolidayCalendar,
  parseLocalDate,
  startOfShanghaiDay,
  type YearData,
} from '@bastion/calendar';
import { workflowClock } from './workflow-clock';

/**
 * From this change on, a procedure takes the holiday calendar as the identity service's
 * administrators keep it, and counts weekdays in a year it has no data for (its dates shown as
 * provisional). Before it, the service's own copy.
 */
export const ADMINISTERED_CALENDAR_PATCH = 'administered-calendar';

/** A procedure's calendar until it has loaded its own: the shipped years, weekdays in the others. */
export const shippedCalendar: HolidayCalendar = chinaHolidayCalendar.withUncoveredYears('weekdays');

/** Where a procedure's workflow takes its holiday calendar from: its activities. */
export interface CalendarSources {
  /** The calendar as administered (the identity service's `holidayCalendar` activity). */
  administered: () => Promise<YearData[]>;
  /** The service's own copy (its local `holidayCalendar` activity), for runs recorded before. */
  local: () => Promise<YearData[]>;
}

/** The working calendar a procedure counts its deadlines on (see `ADMINISTERED_CALENDAR_PATCH`). */
export async function loadWorkingCalendar(sources: CalendarSources): Promise<HolidayCalendar> {
  return patched(ADMINISTERED_CALENDAR_PATCH)
    ? createHolidayCalendar(await sources.administered(), { uncoveredYears: 'weekdays' })
    : createHolidayCalendar(await sources.local());
}

/** Waits until `woken`, or until the start of the day `wakeOn` in Asia/Shanghai when there is one. */
export async function wakeOnDay(woken: () => boolean, wakeOn: string | null | undefined): Promise<void> {
  if (wakeOn)
    await condition(woken, workflowClock.msUntil(startOfShanghaiDay(parseLocalDate(wakeOn)).getTime()));
  else await condition(woken);
}
