import { chinaHolidayCalendar, type HolidayCalendar, type YearData } from '@bastion/calendar';

/**
 * The working-day calendar the service computes deadlines on: today China's shipped holiday
 * calendar. One place to hand in a calendar an administrator extends, for the workflows (which
 * take a copy when they start) and for the records the service writes itself.
 */
export class WorkingCalendar {
  constructor(readonly calendar: HolidayCalendar = chinaHolidayCalendar) {}

  /** The calendar's data, year by year, for a new item or batch to take with it. */
  years(): YearData[] {
    return this.calendar.toYearData();
  }
}
