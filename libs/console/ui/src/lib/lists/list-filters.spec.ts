import { ListFilters } from './list-filters';

interface Filters {
  q: string;
  light: 'red' | 'green' | null;
  named: boolean;
}
const NONE: Filters = { q: '', light: null, named: false };

describe('ListFilters', () => {
  it('goes back to the first page and tells the page on every change of filter', () => {
    const changed = jest.fn();
    const filters = new ListFilters(NONE, NONE, undefined, changed);
    filters.pager.loaded({ nextCursor: 'next' });
    filters.pager.next();
    expect(filters.pager.cursor()).toBe('next');
    filters.apply({ light: 'red' });
    expect(filters.values()).toEqual({ q: '', light: 'red', named: false });
    expect(filters.pager.cursor()).toBeNull();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('narrows the list while any filter differs from none, blank search aside; clearing goes back to none', () => {
    const filters = new ListFilters(NONE, { ...NONE, named: true });
    expect(filters.filtered()).toBe(true);
    filters.clear();
    expect(filters.values()).toEqual(NONE);
    filters.patch({ q: '   ' });
    expect(filters.filtered()).toBe(false);
  });

  it('counts reloads, so a query that reads them fetches again', () => {
    const filters = new ListFilters(NONE);
    filters.reload();
    expect(filters.reloads()).toBe(1);
  });
});
