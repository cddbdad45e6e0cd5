import { catchError, map, type Observable, of, type OperatorFunction, startWith } from 'rxjs';
import { ApiError } from '../api/api-error';

/** What a page knows about something it fetches: still coming, here, or failed and why. */
export type Load<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: ApiError };

export const LOADING: Load<never> = { state: 'loading' };

/** Turns a request into its load states, so a template can show spinner, data or error. */
export function toLoad<T>(): OperatorFunction<T, Load<T>> {
  return (source: Observable<T>) =>
    source.pipe(
      map((value): Load<T> => ({ state: 'ready', value })),
      catchError((error: unknown) => of<Load<T>>({ state: 'failed', error: ApiError.from(error) })),
      startWith<Load<T>>(LOADING),
    );
}

export function valueOf<T>(load: Load<T> | undefined): T | undefined {
  return load?.state === 'ready' ? load.value : undefined;
}
