import { CursorPager } from './cursor-pager';

describe('CursorPager', () => {
  it('starts on the first page, which has no cursor', () => {
    const pager = new CursorPager();
    expect(pager.cursor()).toBeNull();
    expect(pager.pageIndex()).toBe(0);
    expect(pager.hasPrevious()).toBe(false);
    expect(pager.hasNext()).toBe(false);
  });

  it('moves forward with the cursor the service gave for the next page', () => {
    const pager = new CursorPager();
    pager.loaded({ nextCursor: 'c1' });
    expect(pager.hasNext()).toBe(true);

    expect(pager.next()).toBe(true);
    expect(pager.cursor()).toBe('c1');
    expect(pager.pageIndex()).toBe(1);
    expect(pager.hasPrevious()).toBe(true);
    // Until the new page arrives, nothing is known about the one after it.
    expect(pager.hasNext()).toBe(false);
  });

  it('goes back through the cursors already visited', () => {
    const pager = new CursorPager();
    pager.loaded({ nextCursor: 'c1' });
    pager.next();
    pager.loaded({ nextCursor: 'c2' });
    pager.next();
    pager.loaded({ nextCursor: null });

    expect(pager.cursor()).toBe('c2');
    expect(pager.hasNext()).toBe(false);
    expect(pager.previous()).toBe(true);
    expect(pager.cursor()).toBe('c1');
    expect(pager.previous()).toBe(true);
    expect(pager.cursor()).toBeNull();
    expect(pager.previous()).toBe(false);
    expect(pager.pageIndex()).toBe(0);
  });

  it('does not move past the last page', () => {
    const pager = new CursorPager();
    pager.loaded({ nextCursor: null });
    expect(pager.next()).toBe(false);
    expect(pager.pageIndex()).toBe(0);
  });

  it('returns to the first page on reset and on a new page size', () => {
    const pager = new CursorPager();
    pager.loaded({ nextCursor: 'c1' });
    pager.next();
    pager.reset();
    expect(pager.cursor()).toBeNull();
    expect(pager.hasPrevious()).toBe(false);

    pager.loaded({ nextCursor: 'c1' });
    pager.next();
    pager.setPageSize(50);
    expect(pager.pageSize()).toBe(50);
    expect(pager.cursor()).toBeNull();
    expect(pager.pageIndex()).toBe(0);
  });

  it('keeps its place when the page size is set to the size it already has', () => {
    const pager = new CursorPager();
    pager.loaded({ nextCursor: 'c1' });
    pager.next();
    pager.setPageSize(pager.pageSize());
    expect(pager.cursor()).toBe('c1');
  });
});
