import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '../i18n/translate.service';
import { ListCellDirective } from '../lists/list-column';
import { type SheetColumn, SheetTableComponent } from './sheet-table.component';

interface Entry {
  seq: number;
  what: string;
  done: boolean;
}

@Component({
  selector: 'bst-sheet-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SheetTableComponent, ListCellDirective],
  template: `
    <bst-sheet-table
      heading="记录"
      [columns]="columns"
      [rows]="entries"
      testId="entries"
      rowTestId="entry"
      [rowMarks]="marks"
    >
      <p data-testid="before">只列已办</p>
      <ng-template bstCell="what" [bstCellOf]="entries" let-e
        ><em>{{ e.what }}</em></ng-template
      >
    </bst-sheet-table>
  `,
})
class SheetHostComponent {
  protected readonly entries: Entry[] = [
    { seq: 7, what: '谈话', done: true },
    { seq: 9, what: '公示', done: false },
  ];
  protected readonly columns: SheetColumn<Entry>[] = [
    { key: 'n', title: { text: '#' }, narrow: true, text: (_, i) => String(i + 1) },
    { key: 'seq', title: 'common.yes', text: (e) => String(e.seq) },
    { key: 'what', title: 'common.no' },
  ];
  protected readonly marks = (e: Entry) => ({ done: e.done });
}

describe('a table of a printed sheet', () => {
  beforeEach(() => localStorage.clear());

  async function render(language: 'zh-CN' | 'en-US'): Promise<HTMLElement> {
    TestBed.inject(TranslateService).use(language);
    const fixture = TestBed.createComponent(SheetHostComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('heads the section, keeps what the page writes before the table, and draws a row per record by the columns', async () => {
    const root = await render('zh-CN');
    expect(root.querySelector('h2')!.textContent).toBe('记录');
    expect(root.querySelector('[data-testid="before"]')!.nextElementSibling!.tagName).toBe('TABLE');
    const table = root.querySelector('[data-testid="entries"]')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent!.trim())).toEqual(['#', '是', '否']);
    expect(table.querySelector('th')!.classList).toContain('n');
    const rows = [...table.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((tr) => tr.dataset['testid'])).toEqual(['entry', 'entry']);
    expect(rows.map((tr) => tr.dataset['done'])).toEqual(['true', 'false']);
    expect(rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))).toEqual([
      ['1', '7', '谈话'],
      ['2', '9', '公示'],
    ]);
    expect(rows[0]!.querySelector('em')!.textContent).toBe('谈话');
  });

  it('words the headings in the reader’s language', async () => {
    const root = await render('en-US');
    expect([...root.querySelectorAll('th')].map((th) => th.textContent!.trim())).toEqual(['#', 'Yes', 'No']);
  });
});
