import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { rendered } from '../../testing';
import { ReloadOutline, SearchOutline } from '@ant-design/icons-angular/icons';
import { provideHttpClient } from '@angular/common/http';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import type { FilterField, FilterSource, FilterValues } from './filter-field';
import { FilterFieldsComponent } from './filter-fields.component';
import { FilterSlotDirective } from './filter-slot.directive';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterFieldsComponent, FilterSlotDirective],
  template: `<bst-filter-fields [fields]="fields" [filters]="filters" testId="demo">
    <ng-template bstFilterSlot="own"><span data-testid="demo-own">own</span></ng-template>
  </bst-filter-fields>`,
})
class DemoComponent {
  readonly fields: readonly FilterField[] = [
    { key: 'q', kind: 'search', label: 'common.search', testId: 'demo-search' },
    { key: 'own', kind: 'slot' },
    { key: 'named', kind: 'check', label: 'common.search', testId: 'demo-named' },
    // A window of days settles: its picker is not handed a new array on every check.
    {
      key: 'from',
      kind: 'range',
      label: 'common.search',
      to: { key: 'to', label: 'common.search' },
      testId: 'demo-due',
    },
  ];
  readonly changes: FilterValues[] = [];
  readonly filters: FilterSource = {
    values: signal({ q: 'earlier', named: false, from: new Date(2026, 0, 1), to: new Date(2026, 0, 31) }),
    apply: (changed) => this.changes.push(changed),
    reload: () => undefined,
  };
}

describe('FilterFieldsComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideNzIcons([ReloadOutline, SearchOutline])],
    });
  });

  it('lays out each filter with its test id, the page’s own widget in its place, and says what a change sets', async () => {
    const { fixture, root } = await rendered(DemoComponent);
    const ids = [...root.querySelectorAll<HTMLElement>('[data-testid]')].map((e) => e.dataset['testid']);
    expect(ids).toEqual([
      'demo-search',
      'demo-search-submit',
      'demo-own',
      'demo-named',
      'demo-due',
      'demo-reload',
    ]);
    expect(root.querySelector<HTMLInputElement>('[data-testid="demo-search"]')!.value).toBe('earlier');

    const search = root.querySelector<HTMLInputElement>('[data-testid="demo-search"]')!;
    search.value = ' again ';
    search.dispatchEvent(new Event('input'));
    root.querySelector<HTMLElement>('[data-testid="demo-search-submit"]')!.click();
    root.querySelector<HTMLElement>('[data-testid="demo-named"]')!.click();
    expect(fixture.componentInstance.changes).toEqual([{ q: 'again' }, { named: true }]);
  });
});
