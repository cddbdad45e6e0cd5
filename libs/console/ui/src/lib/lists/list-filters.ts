import { computed, signal } from '@angular/core';
import type { FilterSource, FilterValues } from '../filters/filter-field';
import { CursorPager } from '../pagination/cursor-pager';

/**
 * The filters of a list page as one value, and what a change of them does to the list: it goes
 * back to the first page and tells the page (to write the address). A page reads `values()` and
 * `reloads()` in its query, so both refetch; `filtered()` says whether anything narrows the list.
 */
export class ListFilters<F extends object> implements FilterSource {
  readonly values;
  private readonly reloadCount = signal(0);
  readonly reloads = this.reloadCount.asReadonly();
  readonly filtered = computed(() => this.narrows(this.values()));

  /**
   * @param none the filters that narrow nothing, where clearing goes back to.
   * @param start the filters the page opens with (from the address), if not `none`.
   * @param changed told after every change of a filter.
   * @param narrows whether some filters narrow the list; by default, any that differs from `none`.
   */
  constructor(
    private readonly none: F,
    start: F = none,
    readonly pager: CursorPager = new CursorPager(),
    private readonly changed: () => void = () => undefined,
    private readonly narrows: (filters: F) => boolean = (filters) => differs(filters, none),
  ) {
    this.values = signal<F>(start);
  }

  /** Sets some filters and goes back to the first page, as every change of filter must. */
  patch(patch: Partial<F>): void {
    this.pager.reset();
    this.values.update((values) => ({ ...values, ...patch }));
    this.changed();
  }

  /** A change from `bst-filter-fields`, whose fields are named by the keys of these filters. */
  apply(changed: FilterValues): void {
    this.patch(changed as Partial<F>);
  }

  clear(): void {
    this.patch(this.none);
  }

  reload(): void {
    this.reloadCount.update((n) => n + 1);
  }
}

function differs<F extends object>(filters: F, none: F): boolean {
  return (Object.keys(filters) as (keyof F)[]).some((key) => {
    const value = filters[key];
    return (typeof value === 'string' ? value.trim() : value) !== none[key];
  });
}
