import { signal } from '@angular/core';
import { ListControls } from './list-controls';

describe('ListControls', () => {
  const onSecondPage = () => {
    const controls = new ListControls();
    controls.pager.loaded({ nextCursor: 'c2' });
    controls.pager.next();
    return controls;
  };

  it('goes back to the first page when the search changes', () => {
    const controls = onSecondPage();
    controls.search('张三');
    expect(controls.q()).toBe('张三');
    expect(controls.pager.pageIndex()).toBe(0);
    expect(controls.pager.cursor()).toBeNull();
  });

  it('goes back to the first page when a filter changes', () => {
    const controls = onSecondPage();
    const orgId = signal<string | null>(null);
    controls.filter(orgId, 'org-1');
    expect(orgId()).toBe('org-1');
    expect(controls.pager.pageIndex()).toBe(0);
  });

  it('keeps the page on a reload and counts it, so the query asks again', () => {
    const controls = onSecondPage();
    controls.reload();
    expect(controls.reloads()).toBe(1);
    expect(controls.pager.cursor()).toBe('c2');
  });
});
