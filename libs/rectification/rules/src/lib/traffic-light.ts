import type { ItemStatus, TrafficLight } from '@bastion/rectification-contracts';

/** Statuses in which an item no longer runs against its deadline. */
export const FINISHED_STATUSES: readonly ItemStatus[] = ['closed', 'handed_over', 'terminated'];

/**
 * 红黄绿灯: red once the deadline has passed (overdue from the day after it), amber from the
 * reminder date, green otherwise; a closed or handed-over item, or one without a deadline yet,
 * is green. The read model's SQL applies the same rule.
 */
export function trafficLight(
  item: { status: ItemStatus; deadline: string | null; amberFrom: string | null },
  today: string,
): TrafficLight {
  if (FINISHED_STATUSES.includes(item.status) || item.deadline === null) return 'green';
  if (today > item.deadline) return 'red';
  if (item.amberFrom !== null && today >= item.amberFrom) return 'amber';
  return 'green';
}
