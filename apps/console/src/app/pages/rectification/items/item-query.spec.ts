import {
  countQuery,
  filtersFromParams,
  filtersToParams,
  isFiltered,
  listQuery,
  NO_FILTERS,
  viewFromParam,
} from './item-query';

const BATCH = '11111111-1111-4111-8111-111111111111';
const ORG = '22222222-2222-4222-8222-222222222222';
const PERSON = '33333333-3333-4333-8333-333333333333';

describe('item list queries', () => {
  it('sends only the view and the page size when nothing is set', () => {
    expect(listQuery('task', NO_FILTERS, { limit: 20, cursor: null })).toEqual({ view: 'task', limit: 20 });
    expect(countQuery(NO_FILTERS)).toEqual({});
  });

  it('sends every filter that is set, the search trimmed and the days as business dates', () => {
    const filters = {
      ...NO_FILTERS,
      q: '  林场  ',
      batchId: BATCH,
      source: 'inspection_patrol' as const,
      orgId: ORG,
      ownerId: PERSON,
      leaderId: PERSON,
      status: 'in_progress' as const,
      light: 'red' as const,
      reopened: true,
      namedSupervision: true,
      dueFrom: new Date(2026, 2, 1, 15, 30),
      dueTo: new Date(2026, 5, 30),
    };
    expect(listQuery('responsibility', filters, { limit: 50, cursor: 'abc' })).toEqual({
      view: 'responsibility',
      q: '林场',
      batchId: BATCH,
      source: 'inspection_patrol',
      orgId: ORG,
      ownerId: PERSON,
      leaderId: PERSON,
      status: 'in_progress',
      light: 'red',
      reopened: 'true',
      namedSupervision: 'true',
      dueFrom: '2026-03-01',
      dueTo: '2026-06-30',
      limit: 50,
      cursor: 'abc',
    });
  });

  it('gives the counts and the export the same filters without view, page or cursor', () => {
    const filters = { ...NO_FILTERS, light: 'amber' as const, reopened: true };
    expect(countQuery(filters)).toEqual({ light: 'amber', reopened: 'true' });
  });

  it('leaves unchecked flags and a search of blanks out rather than sending false', () => {
    expect(countQuery({ ...NO_FILTERS, q: '   ', reopened: false, namedSupervision: false })).toEqual({});
  });

  it('knows whether a filter narrows the list', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, namedSupervision: true })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, dueTo: new Date(2026, 0, 1) })).toBe(true);
  });
});

describe('filters in the address', () => {
  it('reads the filters a link carries and ignores values it does not know', () => {
    const filters = filtersFromParams({
      batchId: BATCH,
      light: 'red',
      status: 'nonsense',
      source: 'audit',
      reopened: 'true',
      namedSupervision: 'yes',
      dueFrom: '2026-03-01',
    });
    expect(filters).toEqual({
      ...NO_FILTERS,
      batchId: BATCH,
      light: 'red',
      source: 'audit',
      reopened: true,
      dueFrom: new Date(2026, 2, 1),
    });
  });

  it('writes back what it reads, leaving the defaults out', () => {
    const filters = { ...NO_FILTERS, batchId: BATCH, light: 'green' as const, orgId: ORG };
    const params = filtersToParams('problem', filters);
    expect(params).toMatchObject({ view: 'problem', batchId: BATCH, light: 'green', status: null });
    // The organisation stays out: its picker would have no name to show.
    expect(params).not.toHaveProperty('orgId');
    const defined = Object.fromEntries(
      Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null),
    );
    expect(filtersFromParams(defined)).toEqual({ ...filters, orgId: null });
    expect(filtersToParams('task', NO_FILTERS)['view']).toBeNull();
  });

  it('opens the task list unless the address names another', () => {
    expect(viewFromParam(undefined)).toBe('task');
    expect(viewFromParam('problem')).toBe('problem');
    expect(viewFromParam('other')).toBe('task');
  });
});
