import type { Signal } from '@angular/core';
import type { Page } from '@bastion/shared-contracts';
import type { Observable } from 'rxjs';
import type { ListFilters } from '../lists/list-filters';
import type { Load } from '../load/load';
import { type PagedList, pagedList } from '../pagination/paged-list';

/** Where a list stands: how many rows a page holds, and the cursor of the page shown (none for the first). */
export interface ListPage {
  limit: number;
  cursor: string | null;
}

/** A paged list whose page is the service's own answer, with whatever it says besides the rows (counts). */
export type FilteredList<P extends Page<unknown>> = PagedList<P['items'][number]> & { page: Signal<Load<P>> };

/**
 * The rows of a filtered list page, fetched again whenever its filters change, its pager moves or
 * it is reloaded. `query` builds the service's query from the filters and the page; an answer to
 * a query already replaced is dropped. Call it in an injection context (a field initialiser).
 */
export function filteredList<F extends object, Q, P extends Page<unknown>>(
  filters: ListFilters<F>,
  query: (values: F, page: ListPage) => Q,
  fetch: (query: Q) => Observable<P>,
): FilteredList<P> {
  const pager = filters.pager;
  // The list's page is the answer `fetch` gave, so it is a `P`, counts and all.
  return pagedList<{ query: Q; reload: number }, P['items'][number]>(
    pager,
    () => ({
      query: query(filters.values(), { limit: pager.pageSize(), cursor: pager.cursor() }),
      reload: filters.reloads(),
    }),
    ({ query }) => fetch(query),
  ) as FilteredList<P>;
}

/** A service query made of a list's filters as they are, an empty one (`''`, null, unticked) left out. */
export type PlainQuery<F> = { [K in keyof F]?: Exclude<F[K], null> } & { limit: number; cursor?: string };

/**
 * The query of a list whose filters are named as the service's query fields: each filter with a
 * value, then the page. For `filteredList` as it stands (`filteredList(filters, plainQuery, …)`).
 */
export function plainQuery<F extends object>(values: F, page: ListPage): PlainQuery<F> {
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== '' && value !== null && value !== false) query[key] = value;
  }
  return { ...query, limit: page.limit, cursor: page.cursor ?? undefined } as PlainQuery<F>;
}

/** A filtered list whose filters are named as the service's query fields (`plainQuery`). */
export function listByFilters<F extends object, P extends Page<unknown>>(
  filters: ListFilters<F>,
  fetch: (query: PlainQuery<F>) => Observable<P>,
): FilteredList<P> {
  return filteredList(filters, plainQuery, fetch);
}
