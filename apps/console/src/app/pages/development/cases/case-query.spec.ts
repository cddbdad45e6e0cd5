import {
  caseFiltersFromParams,
  caseFiltersToParams,
  caseQuery,
  isFiltered,
  NO_CASE_FILTERS,
} from './case-query';

describe('case list query', () => {
  const page = { limit: 20, cursor: null };

  it('sends only the filters that are set', () => {
    expect(caseQuery(NO_CASE_FILTERS, page)).toEqual({ limit: 20 });
    expect(
      caseQuery(
        { q: ' 张 ', orgId: 'o-1', status: 'candidate', overdue: true, includeClosed: false },
        { limit: 50, cursor: 'c' },
      ),
    ).toEqual({ limit: 50, cursor: 'c', q: '张', orgId: 'o-1', status: 'candidate', overdue: 'true' });
  });

  it('looks among the closed cases for a closing status', () => {
    expect(caseQuery({ ...NO_CASE_FILTERS, status: 'withdrawn' }, page).includeClosed).toBe('true');
    expect(caseQuery({ ...NO_CASE_FILTERS, status: 'activist' }, page).includeClosed).toBeUndefined();
  });

  it('reads the board’s links and writes back the same address', () => {
    const filters = caseFiltersFromParams({
      orgId: 'o-1',
      status: 'probationary',
      overdue: 'true',
      junk: 'x',
    });
    expect(filters).toEqual({
      q: '',
      orgId: 'o-1',
      status: 'probationary',
      overdue: true,
      includeClosed: false,
    });
    expect(isFiltered(filters)).toBe(true);
    expect(caseFiltersToParams(filters)).toEqual({
      q: null,
      orgId: 'o-1',
      status: 'probationary',
      overdue: 'true',
      includeClosed: null,
    });
    expect(caseFiltersFromParams({ status: 'nonsense' }).status).toBeNull();
    expect(isFiltered(caseFiltersFromParams({}))).toBe(false);
  });
});
