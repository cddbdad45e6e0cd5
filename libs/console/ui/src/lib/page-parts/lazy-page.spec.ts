import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { lazyPage, pageGroup } from './lazy-page';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: 'record page' })
class RecordPage {}

describe('a procedure’s lazily loaded pages', () => {
  it('names a page in the breadcrumb trail, or leaves the naming to the group above', () => {
    const load = () => Promise.resolve(RecordPage);

    expect(lazyPage(':id', 'breadcrumb.rectItem', load)).toEqual({
      path: ':id',
      data: { breadcrumb: 'breadcrumb.rectItem' },
      loadComponent: load,
    });
    expect(lazyPage('', null, load)).toEqual({ path: '', loadComponent: load });
  });

  it('groups a list and the records it opens under one path and one name', () => {
    const children = [lazyPage('', null, () => Promise.resolve(RecordPage))];

    expect(pageGroup('items', 'menu.rectItems', children)).toEqual({
      path: 'items',
      data: { breadcrumb: 'menu.rectItems' },
      children,
    });
  });

  it('loads the component only when its address is opened, with the breadcrumb in the route data', async () => {
    const load = jest.fn(() => Promise.resolve(RecordPage));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([pageGroup('items', 'menu.rectItems', [lazyPage(':id', 'breadcrumb.rectItem', load)])]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    expect(load).not.toHaveBeenCalled();

    await harness.navigateByUrl('/items/i-1', RecordPage);

    expect(load).toHaveBeenCalledTimes(1);
    expect(harness.routeNativeElement?.textContent).toContain('record page');
    const route = harness.routeDebugElement?.injector.get(ActivatedRoute);
    expect(route?.snapshot.data['breadcrumb']).toBe('breadcrumb.rectItem');
    expect(route?.parent?.snapshot.data['breadcrumb']).toBe('menu.rectItems');
  });
});
