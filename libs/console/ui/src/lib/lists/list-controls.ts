import { signal } from '@angular/core';
import { CursorPager } from '../pagination/cursor-pager';

/**
 * What a list page's filter bar does to its list: every change of a filter or of the search goes
 * back to the first page, and a reload fetches the same page again. A page reads `q()` and
 * `reloads()` in its query, so both refetch.
 */
export class ListControls {
  /** The search in force; the box applies what is typed on Enter or its button. */
  readonly q = signal('');
  private readonly reloadCount = signal(0);
  readonly reloads = this.reloadCount.asReadonly();

  constructor(readonly pager: CursorPager = new CursorPager()) {}

  search(q: string): void {
    this.filter(this.q, q);
  }

  /** Sets one filter and goes back to the first page, as every change of filter must. */
  filter<T>(target: { set(value: T): void }, value: T): void {
    this.pager.reset();
    target.set(value);
  }

  reload(): void {
    this.reloadCount.update((n) => n + 1);
  }
}
