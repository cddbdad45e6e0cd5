import type { WritableSignal } from '@angular/core';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';
import { ApiError } from '../api/api-error';
import { type Load, LOADING } from './load';

/**
 * Fetches into a page's `Load` signal, instead of each page setting the three states by hand:
 * the skeleton while it comes — unless `keep` and a copy is on screen already, so a reload does
 * not flash — then the value, or the failure with its error. Resolves to the value (undefined
 * when it failed), for a page that goes on with it.
 */
export async function loadInto<T>(
  target: WritableSignal<Load<T>> | WritableSignal<Load<T> | null>,
  fetch: Observable<T> | PromiseLike<T>,
  options: { readonly keep?: boolean } = {},
): Promise<T | undefined> {
  const set = target.set as (load: Load<T>) => void;
  if (!(options.keep && target()?.state === 'ready')) set(LOADING);
  try {
    const value = await (isObservable(fetch) ? firstValueFrom(fetch) : fetch);
    set({ state: 'ready', value });
    return value;
  } catch (error) {
    set({ state: 'failed', error: ApiError.from(error) });
    return undefined;
  }
}
