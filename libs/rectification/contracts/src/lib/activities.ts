import type { YearData } from '@bastion/calendar';
import type { BatchRecord } from './batch';
import type { ItemRecord } from './item-record';

/**
 * Local activities the rectification worker offers its own workflows: quick, in-process,
 * recorded in history so replay does not repeat them.
 */
export interface RectificationLocalActivities {
  /**
   * The working-day calendar the service holds. An item takes it when it starts (and again when
   * it continues as new), so its history replays the same deadlines after the data is corrected.
   */
  holidayCalendar(): Promise<YearData[]>;
  /** Upserts the item's read-model row and appends its new transitions; idempotent by version and seq. */
  persistItem(record: ItemRecord): Promise<void>;
  persistBatch(record: BatchRecord): Promise<void>;
}
