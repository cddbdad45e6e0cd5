import { chinaHolidayCalendar, createHolidayCalendar, type HolidayCalendar, type YearData } from '@bastion/calendar';

/**
 * The working-day calendar the service computes on: China's holiday calendar as the identity
 * service's administrators keep it (the shipped years until it has answered). The case
 * workflows take a copy when they start; the service applies the same one to the views it computes.
 */
export class WorkingCalendar {
  constructor(public calendar: HolidayCalendar = chinaHolidayCalendar.withUncoveredYears('weekdays')) {}

  /** Takes the years as administered (see AdministeredCalendarFollower); weekdays in a year without data. */
  adopt(years: YearData[]): void {
    this.calendar = createHolidayCalendar(years, { uncoveredYears: 'weekdays' });
  }

  years(): YearData[] {
    return this.calendar.toYearData();
  }
}
