import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ItemCountQuery, TrafficLight } from '@bastion/rectification-contracts';
import { likePattern } from '@bastion/platform-persistence';

/** The traffic light of an item (alias `i`) as of the `:today` parameter: the migrations' SQL function. */
export const ITEM_LIGHT = `rectification.traffic_light(i.status, i.deadline, i.amber_from, CAST(:today AS date))`;

const RUNNING = `i.status NOT IN ('closed', 'handed_over', 'terminated') AND i.deadline IS NOT NULL`;
const TODAY = 'CAST(:today AS date)';

/**
 * Each light as a condition on the columns themselves (the same rule as `traffic_light`), so a
 * filter by light reads the deadline index instead of computing every row's light: red items
 * are the running ones due before today.
 */
const LIGHT_CONDITIONS: Record<TrafficLight, string> = {
  red: `(${RUNNING} AND i.due_sort < ${TODAY})`,
  amber: `(${RUNNING} AND i.due_sort >= ${TODAY} AND i.amber_from <= ${TODAY})`,
  green: `NOT (${RUNNING} AND (i.due_sort < ${TODAY} OR COALESCE(i.amber_from <= ${TODAY}, false)))`,
};

export function lightCondition(light: TrafficLight): string {
  return LIGHT_CONDITIONS[light];
}

/**
 * The filters every item list, count, export and board shares, on an item aliased `i`. The
 * organisation filter takes the organisation and its whole subtree: its id anywhere in the path.
 */
export function filterItems<T extends ObjectLiteral>(
  q: SelectQueryBuilder<T>,
  query: Partial<ItemCountQuery>,
  today: string,
): SelectQueryBuilder<T> {
  q.setParameter('today', today);
  if (query.batchId) q.andWhere('i.batch_id = :batchId', { batchId: query.batchId });
  if (query.source) q.andWhere('i.source = :source', { source: query.source });
  if (query.orgId) q.andWhere('i.org_path LIKE :orgPath', { orgPath: `%/${query.orgId}/%` });
  if (query.ownerId) q.andWhere('i.owner_person_id = :ownerId', { ownerId: query.ownerId });
  if (query.leaderId) q.andWhere('i.leader_person_id = :leaderId', { leaderId: query.leaderId });
  if (query.status) q.andWhere('i.status = :status', { status: query.status });
  if (query.light) q.andWhere(lightCondition(query.light));
  if (query.reopened !== undefined) q.andWhere('i.reopened = :reopened', { reopened: query.reopened });
  if (query.namedSupervision !== undefined) {
    q.andWhere('i.named_supervision = :named', { named: query.namedSupervision });
  }
  if (query.dueFrom) q.andWhere('i.deadline >= :dueFrom', { dueFrom: query.dueFrom });
  if (query.dueTo) q.andWhere('i.deadline <= :dueTo', { dueTo: query.dueTo });
  if (query.q) q.andWhere('(i.problem ILIKE :q OR i.number ILIKE :q)', { q: likePattern(query.q) });
  return q;
}
