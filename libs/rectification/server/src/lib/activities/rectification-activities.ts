import type { RectificationLocalActivities } from '@bastion/rectification-contracts';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { BatchWriter } from './batch-writer';
import type { ItemWriter } from './item-writer';

/** The local activities the rectification worker offers its workflows, each a thin call into a service Nest built. */
export function rectificationActivities(
  items: ItemWriter,
  batches: BatchWriter,
  calendar: WorkingCalendar,
): RectificationLocalActivities {
  return {
    holidayCalendar: async () => calendar.years(),
    persistItem: (record) => items.persist(record),
    persistBatch: (record) => batches.persist(record),
  };
}
