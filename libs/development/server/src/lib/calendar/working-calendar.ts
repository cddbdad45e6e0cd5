import { chinaHolidayCalendar, type HolidayCalendar, type YearData } from '@bastion/calendar';

/**
 * The working-day calendar the service computes on: China's shipped holiday calendar. The case
 * workflows take a copy when they start; the service applies the same one to the views it computes.
 */
export class WorkingCalendar {
  constructor(readonly calendar: HolidayCalendar = chinaHolidayCalendar) {}

  years(): YearData[] {
    return this.calendar.toYearData();
  }
}
