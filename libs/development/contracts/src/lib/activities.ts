import type { YearData } from '@bastion/calendar';
import type { CaseRecord } from './case-record';

/** Local activities the development worker offers its own workflows. */
export interface DevelopmentLocalActivities {
  /** The working-day calendar, taken when a case starts (and again when it continues as new). */
  holidayCalendar(): Promise<YearData[]>;
  /** Upserts the case's read-model row, appends its new entries and replaces its clocks; idempotent by version and seq. */
  persistCase(record: CaseRecord): Promise<void>;
}
