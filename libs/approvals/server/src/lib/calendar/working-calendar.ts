import type { Stage } from '@bastion/approvals-contracts';
import { taskDeadlines } from '@bastion/approvals-rules';
import { chinaHolidayCalendar, createHolidayCalendar, type HolidayCalendar, type YearData } from '@bastion/calendar';

export type StageTiming = Pick<Stage, 'timeLimit' | 'remindBefore'>;

/**
 * The working-day calendar the service computes deadlines on: China's holiday calendar as the
 * identity service's administrators keep it (the shipped years until it has answered), for the
 * workflow's deadlines and the detail page's forecast alike. Provided as a value.
 */
export class WorkingCalendar {
  constructor(private calendar: HolidayCalendar = chinaHolidayCalendar.withUncoveredYears('weekdays')) {}

  /** Takes the years as administered (see AdministeredCalendarFollower); weekdays in a year without data. */
  adopt(years: YearData[]): void {
    this.calendar = createHolidayCalendar(years, { uncoveredYears: 'weekdays' });
  }

  deadlines(openedAt: string, stage: StageTiming): { dueAt?: string; remindAt?: string } {
    return taskDeadlines(openedAt, stage, this.calendar);
  }

  /** The calendar's data, year by year, for a new request to take with it. */
  years(): YearData[] {
    return this.calendar.toYearData();
  }
}
