import { type InboxState, inboxQuery, isFiltered } from './inbox-query';

/** The inbox as it opens: the 待办 tab, nothing filtered, the first page. */
const INITIAL_INBOX: InboxState = {
  tab: 'todo',
  q: '',
  procedure: null,
  orgId: null,
  overdueOnly: false,
  dueBefore: null,
  limit: 20,
  cursor: null,
};

describe('inboxQuery', () => {
  it('sends only the tab and page size when nothing is set', () => {
    expect(inboxQuery(INITIAL_INBOX)).toEqual({ tab: 'todo', limit: 20 });
  });

  it('sends every filter that is set, trimmed', () => {
    expect(
      inboxQuery({
        ...INITIAL_INBOX,
        tab: 'todo',
        q: '  林场  ',
        procedure: 'general',
        orgId: '11111111-1111-4111-8111-111111111111',
        overdueOnly: true,
        cursor: 'abc',
        limit: 50,
      }),
    ).toEqual({
      tab: 'todo',
      q: '林场',
      procedure: 'general',
      orgId: '11111111-1111-4111-8111-111111111111',
      overdue: 'true',
      cursor: 'abc',
      limit: 50,
    });
  });

  it('asks for tasks due by the end of the chosen day, in the browser’s time zone', () => {
    const query = inboxQuery({ ...INITIAL_INBOX, dueBefore: new Date(2026, 4, 20, 9, 30) });
    expect(query.dueBefore).toBe(new Date(2026, 4, 20, 23, 59, 59, 999).toISOString());
  });

  it('leaves the due filters out on tabs without tasks of the caller', () => {
    const state = { ...INITIAL_INBOX, overdueOnly: true, dueBefore: new Date(2026, 4, 20) };
    for (const tab of ['done', 'cc', 'mine'] as const) {
      const query = inboxQuery({ ...state, tab });
      expect(query).toEqual({ tab, limit: 20 });
    }
  });

  it('does not send a search of blanks', () => {
    expect(inboxQuery({ ...INITIAL_INBOX, q: '   ' }).q).toBeUndefined();
  });

  it('knows whether a filter narrows the list', () => {
    expect(isFiltered(INITIAL_INBOX)).toBe(false);
    expect(isFiltered({ ...INITIAL_INBOX, q: 'x' })).toBe(true);
    expect(isFiltered({ ...INITIAL_INBOX, overdueOnly: true })).toBe(true);
    expect(isFiltered({ ...INITIAL_INBOX, tab: 'mine', overdueOnly: true })).toBe(false);
  });
});
