import { ChangeDetectionStrategy, Component } from '@angular/core';
import { rendered } from '../../testing';
import { ListCellDirective } from '../lists/list-column';
import { type RecordColumn, type RecordItem, RecordSectionComponent } from './record-section.component';

interface Row {
  id: string;
  name: string;
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordSectionComponent, ListCellDirective],
  template: `
    <bst-record-section title="事实" [items]="items" data-testid="facts">
      <ng-template bstCell="org"><a data-testid="org-link">组织部</a></ng-template>
    </bst-record-section>
    <bst-record-section
      title="行"
      [columns]="columns"
      [rows]="rows"
      [rowTestId]="rowTestId"
      action="common.create"
      actionTestId="row-add"
      (acted)="added = added + 1"
      data-testid="rows"
    >
      <ng-template bstCell="end" [bstCellOf]="rows" let-row
        ><button type="button">{{ row.id }}</button></ng-template
      >
    </bst-record-section>
    <bst-record-section
      title="空"
      [columns]="columns"
      [rows]="[]"
      empty="person.offices.none"
      data-testid="none"
    />
  `,
})
class DemoComponent {
  readonly items: RecordItem[] = [
    { key: 'name', title: 'person.name', text: '钱二' },
    { key: 'org', title: 'person.org' },
  ];
  readonly columns: RecordColumn<Row>[] = [
    { key: 'name', title: 'person.name', text: (row) => row.name },
    { key: 'end', title: 'common.actions' },
  ];
  readonly rows: Row[] = [{ id: 'a', name: '赵一' }];
  readonly rowTestId = (row: Row) => `row-${row.id}`;
  added = 0;
}

describe('a section of a record', () => {
  beforeEach(() => localStorage.clear());

  it('shows facts by text or by the template of their key, rows by column, and what it offers to do', async () => {
    const { fixture, root: element } = await rendered(DemoComponent);
    const facts = element.querySelector('[data-testid="facts"]')!;
    expect(facts.querySelector('.ant-descriptions-item-content')?.textContent?.trim()).toBe('钱二');
    expect(facts.querySelector('[data-testid="org-link"]')?.textContent).toBe('组织部');

    const row = element.querySelector('[data-testid="row-a"]')!;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim())).toEqual(['赵一', 'a']);
    element.querySelector<HTMLButtonElement>('[data-testid="row-add"]')!.click();
    expect(fixture.componentInstance.added).toBe(1);

    expect(element.querySelector('[data-testid="none"]')?.textContent).toContain('暂无职务');
    expect(element.querySelector('[data-testid="none"] button')).toBeNull();
  });
});
