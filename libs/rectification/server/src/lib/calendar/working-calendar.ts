import { chinaHolidayCalendar, createHolidayCalendar, type HolidayCalendar, type YearData } from '@bastion/calendar';

/**
 * The working-day calendar the service computes deadlines on: China's holiday calendar as the identity
 * service's administrators keep it (the shipped years until it has answered). One place to hand in a calendar an administrator extends, for the workflows (which
 * take a copy when they start) and for the records the service writes itself.
 */
export class WorkingCalendar {
  constructor(public calendar: HolidayCalendar = chinaHolidayCalendar.withUncoveredYears('weekdays')) {}

  /** Takes the years as administered (see AdministeredCalendarFollower); weekdays in a year without data. */
  adopt(years: YearData[]): void {
    this.calendar = createHolidayCalendar(years, { uncoveredYears: 'weekdays' });
  }

  /** The calendar's data, year by year, for a new item or batch to take with it. */
  years(): YearData[] {
    return this.calendar.toYearData();
  }
}
