import { computed, linkedSignal, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Page } from '@bastion/shared-contracts';
import { type Observable, switchMap, tap } from 'rxjs';
import { type Load, LOADING, toLoad } from '../load/load';
import type { CursorPager } from './cursor-pager';

export interface PagedList<T> {
  /** The current request: loading, the page, or why it failed. */
  page: Signal<Load<Page<T>>>;
  /** The rows to show; the last ones stay (under the spinner) while the next page loads. */
  rows: Signal<readonly T[]>;
  /** Matching rows over all pages; the last known while loading. */
  total: Signal<number | null>;
}

/**
 * A keyset-paged list that follows its query: every change of `query` (filters, the pager's
 * cursor and size, a reload counter) fetches again, dropping the answer to the one before, and
 * tells the pager about the next page. Call it in an injection context (a field initialiser).
 */
export function pagedList<Q, T>(
  pager: CursorPager,
  query: () => Q,
  fetch: (query: Q) => Observable<Page<T>>,
): PagedList<T> {
  const page = toSignal(
    toObservable(computed(query)).pipe(
      switchMap((q) => fetch(q).pipe(toLoad())),
      tap((load) => load.state === 'ready' && pager.loaded(load.value)),
    ),
    { initialValue: LOADING as Load<Page<T>> },
  );
  const rows = linkedSignal<Load<Page<T>>, readonly T[]>({
    source: page,
    computation: (load, previous) =>
      load.state === 'ready' ? load.value.items : load.state === 'failed' ? [] : (previous?.value ?? []),
  });
  const total = linkedSignal<Load<Page<T>>, number | null>({
    source: page,
    computation: (load, previous) => (load.state === 'ready' ? load.value.total : (previous?.value ?? null)),
  });
  return { page, rows, total };
}
