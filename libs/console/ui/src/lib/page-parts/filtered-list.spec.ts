import { TestBed } from '@angular/core/testing';
import type { Page } from '@bastion/shared-contracts';
import { of } from 'rxjs';
import { ListFilters } from '../lists/list-filters';
import { filteredList, listByFilters, type ListPage, plainQuery } from './filtered-list';

interface Query extends ListPage {
  q: string | undefined;
}

/** A list of names whose service answers every query with one row naming it, and a next page. */
function open() {
  const filters = new ListFilters({ q: '' });
  const fetch = jest.fn((query: Query): Page<string> => ({
    items: [`${query.q ?? '*'}@${query.cursor ?? 1}`],
    nextCursor: 'p2',
    total: 2,
  }));
  const list = TestBed.runInInjectionContext(() =>
    filteredList(
      filters,
      ({ q }, page): Query => ({ q: q || undefined, ...page }),
      (query) => of(fetch(query)),
    ),
  );
  TestBed.tick();
  return { filters, list, fetch, limit: filters.pager.pageSize() };
}

describe('the rows of a filtered list page', () => {
  it('asks for the first page with the filters, and tells the pager where the next one starts', () => {
    const { filters, list, fetch, limit } = open();

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenLastCalledWith({ q: undefined, limit, cursor: null });
    expect(list.rows()).toEqual(['*@1']);
    expect(list.total()).toBe(2);
    expect(filters.pager.hasNext()).toBe(true);
  });

  it('asks for the next page where the pager moves, and for the first again when a filter changes', () => {
    const { filters, list, fetch, limit } = open();

    filters.pager.next();
    TestBed.tick();
    expect(fetch).toHaveBeenLastCalledWith({ q: undefined, limit, cursor: 'p2' });
    expect(list.rows()).toEqual(['*@p2']);

    filters.patch({ q: '党支部' });
    TestBed.tick();
    expect(fetch).toHaveBeenLastCalledWith({ q: '党支部', limit, cursor: null });
    expect(list.rows()).toEqual(['党支部@1']);
  });

  it('asks again with the same query when the page is reloaded', () => {
    const { filters, fetch } = open();

    filters.reload();
    TestBed.tick();

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]).toEqual(fetch.mock.calls[0]);
  });
});

describe('a plain query', () => {
  it('names each filter with a value and the page, and leaves out the empty ones', () => {
    const values = {
      q: '',
      orgId: null as string | null,
      status: 'full',
      sort: 'name',
      archived: false,
      mine: true,
    };
    expect(plainQuery(values, { limit: 20, cursor: null })).toEqual({
      status: 'full',
      sort: 'name',
      mine: true,
      limit: 20,
      cursor: undefined,
    });
    expect(plainQuery({ q: '林场' }, { limit: 50, cursor: 'p3' })).toEqual({
      q: '林场',
      limit: 50,
      cursor: 'p3',
    });
  });
});

describe('a list by its filters', () => {
  it('asks the service with the filters that have a value, and the page', () => {
    const fetch = jest.fn((query: object) =>
      of<Page<string>>({ items: [JSON.stringify(query)], nextCursor: null, total: 1 }),
    );
    const list = TestBed.runInInjectionContext(() => {
      const filters = new ListFilters({ q: '', status: 'full' as string | null });
      return listByFilters(filters, fetch);
    });
    TestBed.tick();
    expect(fetch).toHaveBeenLastCalledWith({ status: 'full', limit: expect.any(Number), cursor: undefined });
    expect(list.rows()).toHaveLength(1);
  });
});
