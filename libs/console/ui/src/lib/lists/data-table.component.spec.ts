import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { rendered } from '../../testing';
import { DataTableComponent, type TableSpec } from './data-table.component';
import { ListCellDirective } from './list-column';

interface Row {
  id: string;
  name: string;
  light: string;
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, ListCellDirective],
  template: `<bst-data-table [spec]="spec" [rows]="rows()">
    <ng-template bstCell="name" [bstCellOf]="rows()" let-row
      ><b>{{ row.name }}</b></ng-template
    >
    <ng-template bstCell="id" [bstCellOf]="rows()" let-row>{{ row.id }}</ng-template>
  </bst-data-table>`,
})
class DemoComponent {
  readonly spec: TableSpec<Row> = {
    columns: [
      { key: 'name', title: 'common.search' },
      { key: 'id', title: 'common.search' },
    ],
    rowKey: (row) => row.id,
    rowMarks: (row) => ({ light: row.light }),
    testIds: { table: 'demo-table', row: 'demo-row', empty: 'demo-empty' },
  };
  readonly rows = signal<Row[]>([{ id: 'a', name: '甲', light: 'red' }]);
}

describe('DataTableComponent', () => {
  beforeEach(() => localStorage.clear());

  it('draws each row by the columns from their cell templates, marked, and says so when there are none', async () => {
    const { fixture, root, byId } = await rendered(DemoComponent);
    const row = byId('demo-row')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent?.trim())).toEqual(['甲', 'a']);
    expect(row.dataset['light']).toBe('red');
    fixture.componentInstance.rows.set([]);
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="demo-row"]')).toBeNull();
    expect(root.querySelector('[data-testid="demo-empty"]')).not.toBeNull();
  });
});
