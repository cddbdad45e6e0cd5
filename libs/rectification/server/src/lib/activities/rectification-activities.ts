import type { RectificationLocalActivities } from '@bastion/rectification-contracts';
import type { BatchWriter } from './batch-writer';
import type { ItemWriter } from './item-writer';

/**
 * The local activities the rectification worker offers its workflows besides the holiday calendar
 * every worker offers, each a thin call into a service Nest built.
 */
export function rectificationActivities(
  items: ItemWriter,
  batches: BatchWriter,
): Omit<RectificationLocalActivities, 'holidayCalendar'> {
  return {
    persistItem: (record) => items.persist(record),
    persistBatch: (record) => batches.persist(record),
  };
}
