import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import {
  chinaHolidayCalendar,
  createHolidayCalendar,
  type HolidayCalendar,
  type YearData,
} from '@bastion/calendar';

/** How often a service asks again for the holiday calendar its own computations use. */
export const CALENDAR_FOLLOW_MS = 60_000;

/** A service's working calendar, which takes the administered years when they arrive. */
export interface AdoptsHolidayCalendar {
  adopt(years: YearData[]): void;
}

/**
 * The working-day calendar a service computes on: China's holiday calendar as the identity
 * service's administrators keep it (the shipped years until it has answered), weekdays in a year
 * without data. One place to hand in a calendar an administrator extends, for the workflows
 * (which take a copy when they start) and for what the service computes and writes itself.
 * Provided as a value; `AdministeredCalendarFollower` keeps it current.
 */
export class WorkingCalendar implements AdoptsHolidayCalendar {
  constructor(public calendar: HolidayCalendar = chinaHolidayCalendar.withUncoveredYears('weekdays')) {}

  /** Takes the years as administered; weekdays in a year without data. */
  adopt(years: YearData[]): void {
    this.calendar = createHolidayCalendar(years, { uncoveredYears: 'weekdays' });
  }

  /** The calendar's data, year by year, for a new record (and its workflow) to take with it. */
  years(): YearData[] {
    return this.calendar.toYearData();
  }
}

/**
 * Keeps what a service computes itself (views, forecasts, the records it writes before its
 * workflows start) on the holiday calendar as the identity service's administrators keep it. It
 * asks through a short workflow on the service's own queue, which calls the identity activity, when
 * the application has started and then every minute. Until an answer comes, and while the identity
 * service does not answer, the calendar stays as it was. A Nest provider: started and stopped with
 * the application.
 */
export class AdministeredCalendarFollower {
  private readonly logger = new Logger('HolidayCalendar');
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly client: Client,
    private readonly ask: { taskQueue: string; workflowType: string },
    private readonly calendar: AdoptsHolidayCalendar,
    private readonly everyMs = CALENDAR_FOLLOW_MS,
  ) {}

  onApplicationBootstrap(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.everyMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** Asks once; resolves when the answer is adopted, or kept out after a failure (logged). */
  async refresh(): Promise<void> {
    try {
      const years = await this.client.workflow.execute<() => Promise<YearData[]>>(this.ask.workflowType, {
        taskQueue: this.ask.taskQueue,
        workflowId: `holiday-calendar/${randomUUID()}`,
        workflowExecutionTimeout: '1 minute',
      });
      if (!this.stopped) this.calendar.adopt(years);
    } catch (error) {
      if (!this.stopped)
        this.logger.warn(`the administered holiday calendar could not be fetched: ${String(error)}`);
    }
  }
}
