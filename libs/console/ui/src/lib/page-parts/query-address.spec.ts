import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { queryAddress, type QueryAddress } from './query-address';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class ListPage {
  readonly address = queryAddress();
}

describe('a page’s state kept in its address', () => {
  async function open(url: string): Promise<{ address: QueryAddress; router: Router }> {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'items', component: ListPage }])] });
    const harness = await RouterTestingHarness.create();
    const page = await harness.navigateByUrl(url, ListPage);
    return { address: page.address, router: TestBed.inject(Router) };
  }

  it('reads what the address said when the page opened, and nothing where it says nothing', async () => {
    const { address } = await open('/items?view=problems&batch=b-1');

    expect(address.params).toEqual({ view: 'problems', batch: 'b-1' });
    expect(address.get('batch')).toBe('b-1');
    expect(address.get('q')).toBeNull();
  });

  it('writes the state in place of the address, without a step in the history, and drops what is empty', async () => {
    const { address, router } = await open('/items?view=problems');
    const navigate = jest.spyOn(router, 'navigate');

    address.keep({ view: 'tasks', q: null });
    await navigate.mock.results[0]?.value;

    expect(navigate).toHaveBeenCalledWith([], { queryParams: { view: 'tasks', q: null }, replaceUrl: true });
    expect(router.url).toBe('/items?view=tasks');
  });
});
