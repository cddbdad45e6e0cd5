import type { Stage } from '@bastion/approvals-contracts';
import { taskDeadlines } from '@bastion/approvals-workflows';
import { chinaHolidayCalendar, type HolidayCalendar, type YearData } from '@bastion/calendar';

export type StageTiming = Pick<Stage, 'timeLimit' | 'remindBefore'>;

/**
 * The working-day calendar the service computes deadlines on: today China's shipped holiday
 * calendar. One place to hand in a calendar an administrator extends, for the workflow's
 * deadlines and the detail page's forecast alike. Provided as a value, built with the calendar.
 */
export class WorkingCalendar {
  constructor(private readonly calendar: HolidayCalendar = chinaHolidayCalendar) {}

  deadlines(openedAt: string, stage: StageTiming): { dueAt?: string; remindAt?: string } {
    return taskDeadlines(openedAt, stage, this.calendar);
  }

  /** The calendar's data, year by year, for a new request to take with it. */
  years(): YearData[] {
    return this.calendar.toYearData();
  }
}
