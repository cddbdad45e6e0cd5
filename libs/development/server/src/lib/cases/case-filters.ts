import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CaseListQuery } from '@bastion/development-contracts';
import { likePattern } from '@bastion/platform-persistence';
import { CASE_OVERDUE } from './case-rows';

/**
 * The filters the case list and the pipeline share, on a case aliased `c`. The organisation
 * filter takes the organisation and its whole subtree: its id anywhere in the path. Closed cases
 * are left out unless asked for.
 */
export function filterCases<T extends ObjectLiteral>(
  q: SelectQueryBuilder<T>,
  query: Partial<Omit<CaseListQuery, 'sort' | 'limit' | 'cursor'>>,
  today: string,
): SelectQueryBuilder<T> {
  q.setParameter('today', today);
  if (query.orgId) q.andWhere('c.id_path LIKE :orgPath', { orgPath: `%/${query.orgId}/%` });
  if (query.status) q.andWhere('c.status = :status', { status: query.status });
  if (!query.includeClosed) q.andWhere('c.closed_on IS NULL');
  if (query.overdue !== undefined) q.andWhere(query.overdue ? CASE_OVERDUE : `NOT ${CASE_OVERDUE}`);
  if (query.q) q.andWhere('(c.person_name ILIKE :q OR c.number ILIKE :q)', { q: likePattern(query.q) });
  return q;
}
