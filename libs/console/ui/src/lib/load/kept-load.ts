import { computed, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { filter, type Observable, switchMap, tap } from 'rxjs';
import { type Load, LOADING, toLoad } from './load';

/**
 * One record a page shows, fetched again whenever `params` change. Fetched again for the same
 * record (a reload, say after an action), the page keeps showing it until the new copy arrives
 * instead of flashing back to its skeleton; `key` tells which record the params name. Call it in
 * an injection context (a field initialiser).
 */
export function keptLoad<P, T>(
  params: () => P,
  key: (params: P) => string,
  fetch: (params: P) => Observable<T>,
): Signal<Load<T>> {
  let shown: string | null = null;
  return toSignal(
    toObservable(computed(params)).pipe(
      switchMap((p) => {
        const again = key(p) === shown;
        return fetch(p).pipe(
          toLoad(),
          filter((load) => !(again && load.state === 'loading')),
          tap((load) => load.state === 'ready' && (shown = key(p))),
        );
      }),
    ),
    { initialValue: LOADING as Load<T> },
  );
}
