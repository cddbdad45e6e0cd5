import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LeftOutline, PlusOutline, RightOutline } from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ApiError } from '../api/api-error';
import type { Load } from '../load/load';
import { CursorPager } from '../pagination/cursor-pager';
import { CreateButtonComponent } from './create-button.component';
import { ListCellDirective } from './list-column';
import { ListPageComponent } from './list-page.component';
import type { ListSpec } from './list-spec';
import { rendered } from '../../testing';

interface Row {
  id: string;
  name: string;
  overdue: boolean;
}

const ROWS: Row[] = [
  { id: 'a', name: '张三', overdue: true },
  { id: 'b', name: '李四', overdue: false },
];

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CreateButtonComponent, ListCellDirective, ListPageComponent],
  template: `
    <bst-list-page [spec]="spec" [list]="{ page: load, rows }" (retry)="retries.set(retries() + 1)">
      <bst-create-button label="people.create" testId="demo-new" (pressed)="created.set(true)" />
      <div data-testid="demo-filters" listFilters>筛选</div>
      <ng-template bstCell="name" [bstCellOf]="rows()" let-row
        ><b data-testid="demo-name">{{ row.name }}</b></ng-template
      >
      <ng-template bstCell="id" [bstCellOf]="rows()" let-row>{{ row.id }}</ng-template>
      <span data-testid="demo-total" listFooter>共 {{ rows().length }} 条</span>
    </bst-list-page>
  `,
})
class DemoListComponent {
  readonly load = signal<Load<unknown>>({ state: 'ready', value: null });
  readonly rows = signal<readonly Row[]>(ROWS);
  readonly retries = signal(0);
  readonly pager = new CursorPager();
  readonly created = signal(false);
  readonly spec: ListSpec<Row> = {
    title: 'people.title',
    pager: this.pager,
    columns: [
      { key: 'name', title: 'people.col.name' },
      { key: 'id', title: 'people.col.idNumber', width: '120px', cellClass: 'bst-mono' },
    ],
    rowKey: (row) => row.id,
    rowMarks: (row) => ({ id: row.id, overdue: row.overdue, missing: null }),
    rowOverdue: (row) => row.overdue,
    empty: () => 'people.empty',
    testIds: {
      table: 'demo-table',
      row: 'demo-row',
      empty: 'demo-empty',
      pager: 'demo-pager',
      footer: 'demo-footer',
    },
  };
}

describe('ListPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideNzIcons([PlusOutline, LeftOutline, RightOutline])],
    });
  });

  const render = () => rendered(DemoListComponent);

  it('frames a list: title, actions, filters, a heading per column, a cell template per column, footer and pager', async () => {
    const { fixture, root } = await render();
    expect(root.querySelector('h1')?.textContent).toContain('人员');
    root.querySelector<HTMLButtonElement>('.bst-page-header [data-testid="demo-new"]')!.click();
    expect(fixture.componentInstance.created()).toBe(true);
    expect(root.querySelector('nz-card [data-testid="demo-filters"]')).not.toBeNull();
    const headings = [...root.querySelectorAll('[data-testid="demo-table"] thead th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headings).toHaveLength(2);
    const rows = [...root.querySelectorAll<HTMLElement>('tbody tr[data-testid="demo-row"]')];
    expect(rows.map((tr) => tr.querySelector('[data-testid="demo-name"]')?.textContent)).toEqual([
      '张三',
      '李四',
    ]);
    expect(rows[0]!.querySelectorAll('td')[1]!.classList).toContain('bst-mono');
    expect(rows[0]!.querySelectorAll('td')[1]!.textContent?.trim()).toBe('a');
    const footer = root.querySelector('[data-testid="demo-footer"]')!;
    expect(footer.querySelector('[data-testid="demo-total"]')?.textContent).toContain('共 2 条');
    expect(footer.querySelector('[data-testid="demo-pager-next"]')).not.toBeNull();
  });

  it('marks each row with its data attributes and tints the overdue ones', async () => {
    const { root } = await render();
    const [first, second] = [...root.querySelectorAll<HTMLElement>('tbody tr[data-testid="demo-row"]')];
    expect(first!.dataset).toMatchObject({ id: 'a', overdue: 'true' });
    expect(first!.hasAttribute('data-missing')).toBe(false);
    expect(first!.classList).toContain('overdue');
    expect(second!.dataset['overdue']).toBe('false');
    expect(second!.classList).not.toContain('overdue');
  });

  it('shows the empty state with its text when there are no rows', async () => {
    const { fixture, root } = await render();
    fixture.componentInstance.rows.set([]);
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="demo-empty"]')?.textContent).toContain('没有符合条件的人员');
    expect(root.querySelectorAll('tbody tr[data-testid="demo-row"]')).toHaveLength(0);
  });

  it('says why the list failed and retries on request', async () => {
    const { fixture, root } = await render();
    fixture.componentInstance.load.set({ state: 'failed', error: ApiError.from(new Error('offline')) });
    await fixture.whenStable();
    const alert = root.querySelector('bst-error-alert');
    expect(alert).not.toBeNull();
    alert!.querySelector<HTMLButtonElement>('[data-testid="error-retry"]')!.click();
    expect(fixture.componentInstance.retries()).toBe(1);
  });
});
