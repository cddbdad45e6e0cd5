import { signal } from '@angular/core';
import { of, Subject, throwError } from 'rxjs';
import { ApiError } from '../api/api-error';
import { type Load, LOADING } from './load';
import { loadInto } from './load-into';

describe('loadInto', () => {
  const refused = new ApiError(403, 'FORBIDDEN', 'Forbidden');

  it.each([
    ['an observable', () => of([1, 2])],
    ['a promise', () => Promise.resolve([1, 2])],
  ])('shows the skeleton while %s comes, then its value', async (_what, fetch) => {
    const list = signal<Load<number[]>>({ state: 'failed', error: refused });

    const done = loadInto(list, fetch());

    expect(list()).toBe(LOADING);
    await expect(done).resolves.toEqual([1, 2]);
    expect(list()).toEqual({ state: 'ready', value: [1, 2] });
  });

  it.each([
    ['an observable', () => throwError(() => refused)],
    ['a promise', () => Promise.reject(refused)],
  ])('keeps the failure of %s with its error, and resolves to nothing', async (_what, fetch) => {
    const list = signal<Load<number[]>>(LOADING);

    await expect(loadInto(list, fetch())).resolves.toBeUndefined();

    expect(list()).toEqual({ state: 'failed', error: refused });
  });

  it('turns an error that is not the API’s into an ApiError', async () => {
    const list = signal<Load<number[]>>(LOADING);

    await loadInto(list, Promise.reject(new Error('offline')));

    const load = list();
    expect(load.state === 'failed' && load.error).toBeInstanceOf(ApiError);
  });

  it('with `keep`, leaves the copy on screen until the fresh one arrives', async () => {
    const list = signal<Load<number[]>>({ state: 'ready', value: [1] });
    const fresh = new Subject<number[]>();

    const done = loadInto(list, fresh, { keep: true });

    expect(list()).toEqual({ state: 'ready', value: [1] });
    fresh.next([1, 2]);
    await done;
    expect(list()).toEqual({ state: 'ready', value: [1, 2] });
  });

  it('with `keep` but nothing shown yet, shows the skeleton', () => {
    const list = signal<Load<number[]> | null>(null);

    void loadInto(list, new Subject<number[]>(), { keep: true });

    expect(list()).toBe(LOADING);
  });
});
