import type { DevelopmentStatus } from '@bastion/development-contracts';
import { developmentStatuses } from '@bastion/development-contracts';
import type { CaseParams } from '@bastion/console-ui';

/** The filters of the case list, as the page holds them and the address carries them. */
export interface CaseFilters {
  q: string;
  /** The organisation and its whole subtree. */
  orgId: string | null;
  status: DevelopmentStatus | null;
  /** Only cases with a clock past its date; unchecked means no filter. */
  overdue: boolean;
  includeClosed: boolean;
}

export const NO_CASE_FILTERS: CaseFilters = {
  q: '',
  orgId: null,
  status: null,
  overdue: false,
  includeClosed: false,
};

/** The query of one page: the filters that are set, the page size and the cursor. */
export function caseQuery(filters: CaseFilters, page: { limit: number; cursor: string | null }): CaseParams {
  const query: CaseParams = { limit: page.limit };
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.orgId) query.orgId = filters.orgId;
  if (filters.status) query.status = filters.status;
  if (filters.overdue) query.overdue = 'true';
  // A closed status can only be found among the closed cases.
  if (filters.includeClosed || isExit(filters.status)) query.includeClosed = 'true';
  if (page.cursor) query.cursor = page.cursor;
  return query;
}

export function isFiltered(filters: CaseFilters): boolean {
  return !!(filters.q.trim() || filters.orgId || filters.status || filters.overdue || filters.includeClosed);
}

/** `/development/cases?orgId=…&status=candidate`, as the board links here; unknown values are ignored. */
export function caseFiltersFromParams(params: Readonly<Record<string, string | undefined>>): CaseFilters {
  const status = params['status'];
  return {
    q: params['q'] ?? '',
    orgId: params['orgId'] || null,
    status: developmentStatuses.includes(status as DevelopmentStatus) ? (status as DevelopmentStatus) : null,
    overdue: params['overdue'] === 'true',
    includeClosed: params['includeClosed'] === 'true',
  };
}

export function caseFiltersToParams(filters: CaseFilters): Record<string, string | null> {
  return {
    q: filters.q.trim() || null,
    orgId: filters.orgId,
    status: filters.status,
    overdue: filters.overdue ? 'true' : null,
    includeClosed: filters.includeClosed ? 'true' : null,
  };
}

function isExit(status: DevelopmentStatus | null): boolean {
  return !!status && !['applicant', 'activist', 'candidate', 'probationary', 'full'].includes(status);
}
