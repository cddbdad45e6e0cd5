import { ChangeDetectionStrategy, Component, computed, input, model, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  ArrowDownOutline,
  ArrowUpOutline,
  DeleteOutline,
  DownOutline,
  PlusOutline,
} from '@ant-design/icons-angular/icons';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { rendered } from '../../testing';
import { PaperRecord } from '../forms/paper-record';
import { RecordRowComponent } from '../forms/record-row.component';
import {
  type PaperRecordPage,
  PaperRecordPageComponent,
  paperRecordTexts,
} from './paper-record-page.component';
import type { PaperRowFieldsOf } from './paper-row-fields.directive';

type Kind = 'meeting' | 'visit';
interface Row {
  key: number;
  type: Kind;
  draft: { note: string };
}

/** A row's fields as a page draws them: one note, its problem, edited in place. */
@Component({
  selector: 'bst-note-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <input [attr.data-testid]="testId() + '-note'" [value]="draft().note" (input)="edit($event)" />
    <span [attr.data-testid]="testId() + '-kind'">{{ type() }}</span>
    <span [attr.data-testid]="testId() + '-note-problem'">{{ problems().note }}</span>
  `,
})
class NoteFieldsComponent implements PaperRowFieldsOf<Row['draft'], 'note'> {
  readonly type = input.required<Kind>();
  readonly draft = model.required<Row['draft']>();
  readonly problems = input<Partial<Record<'note', string>>>({});
  readonly testId = input('note');

  protected edit(event: Event): void {
    this.draft.set({ note: (event.target as HTMLInputElement).value });
  }
}

/** The page as a take-over page builds it, with what it was told kept for the test to read. */
function page(over: Partial<PaperRecordPage<Kind, Row, 'note'>> = {}) {
  const record = TestBed.runInInjectionContext(
    () => new PaperRecord<Row, 'note'>((key) => ({ key, type: 'meeting', draft: { note: '' } })),
  );
  const told = { types: [] as [number, Kind][], submitted: 0 };
  const spec: PaperRecordPage<Kind, Row, 'note'> = {
    record,
    texts: paperRecordTexts('dev.migrate', 'dev.migrate.application'),
    testId: 'rec',
    headTestId: 'rec-head',
    types: signal([
      { value: 'meeting', label: '会议' },
      { value: 'visit', label: '走访' },
    ]),
    fields: NoteFieldsComponent,
    headProblems: signal(['申请日期不符']),
    problemCount: computed(() => record.rows().length),
    setType: (index, type) => told.types.push([index, type]),
    submit: () => {
      told.submitted++;
      return Promise.resolve();
    },
    ...over,
  };
  return { spec, record, told };
}

describe('a paper-record take-over page drawn from its spec', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideNzIcons([ArrowDownOutline, ArrowUpOutline, DeleteOutline, DownOutline, PlusOutline]),
        { provide: NzMessageService, useValue: { success: jest.fn() } },
        { provide: Router, useValue: { navigate: jest.fn() } },
      ],
    });
  });

  async function draw(built: ReturnType<typeof page>) {
    built.record.rows.set([
      { key: 1, type: 'meeting', draft: { note: '支委会' } },
      { key: 2, type: 'visit', draft: { note: '谈话' } },
    ]);
    return rendered(PaperRecordPageComponent<Kind, Row, 'note'>, { page: built.spec });
  }

  it('draws the title, the head card with its problems and each row with the page’s fields', async () => {
    const view = await draw(page({ subtitle: signal('第一批') }));
    expect(view.root.querySelector('h1')!.textContent).toContain('录入历史档案');
    expect(view.byId('rec-batch')!.textContent).toContain('第一批');
    expect(view.byId('rec-head-problems')!.textContent).toContain('申请日期不符');
    expect((view.byId('rec-0-note') as HTMLInputElement).value).toBe('支委会');
    expect(view.byId('rec-1-kind')!.textContent).toBe('visit');
    expect(view.byId('rec-problem-count')!.textContent).toContain('2');
  });

  it('puts an edit of a row’s fields back into the record, and keeps its problems with it when it moves', async () => {
    const built = page();
    const view = await draw(built);
    const note = view.byId('rec-1-note') as HTMLInputElement;
    note.value = '个别谈话';
    note.dispatchEvent(new Event('input'));
    built.record.fieldProblems.set(new Map([[2, { note: '缺少谈话人' }]]));
    await view.settled();
    expect(built.record.rows()[1]!.draft).toEqual({ note: '个别谈话' });
    expect(view.byId('rec-1-note-problem')!.textContent).toBe('缺少谈话人');

    built.record.move(1, -1);
    await view.settled();
    expect((view.byId('rec-0-note') as HTMLInputElement).value).toBe('个别谈话');
    expect(view.byId('rec-0-note-problem')!.textContent).toBe('缺少谈话人');
    expect(view.byId('rec-1-note-problem')!.textContent).toBe('');
  });

  it('marks a row refused as the page says, by default when the service said something of it', async () => {
    const built = page();
    built.record.rowProblems.set(new Map([[1, ['早于申请日期']]]));
    const byDefault = await draw(built);
    expect(byDefault.byId('rec-row-0')!.classList).toContain('invalid');
    expect(byDefault.byId('rec-row-1')!.classList).not.toContain('invalid');

    const own = await draw(page({ invalid: (key) => key === 2 }));
    expect(own.byId('rec-row-0')!.classList).not.toContain('invalid');
    expect(own.byId('rec-row-1')!.classList).toContain('invalid');
  });

  it('hands a row’s new kind and the sending of the record to the page', async () => {
    const built = page();
    const view = await draw(built);
    const second = view.fixture.debugElement.queryAll(By.directive(RecordRowComponent))[1]!;
    (second.componentInstance as RecordRowComponent<Kind>).typeChange.emit('meeting');
    view.byId('rec-submit')!.click();
    await view.settled();
    expect(built.told.types).toEqual([[1, 'meeting']]);
    expect(built.told.submitted).toBe(1);
  });
});
