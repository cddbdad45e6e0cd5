import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  EntryBelowDirective,
  EntryLineDirective,
  RecordTimelineComponent,
} from './record-timeline.component';

interface Row {
  seq: number;
  kind: string;
  note: string | null;
  files: string[];
}

@Component({
  selector: 'bst-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordTimelineComponent, EntryLineDirective, EntryBelowDirective],
  template: `
    <bst-record-timeline
      testId="record"
      entryTestId="row"
      noteTestId="row-note"
      [kindAs]="kindAs()"
      [newestFirst]="newestFirst()"
      [entries]="rows"
      [colour]="colour"
      [kind]="kind"
      [note]="note"
    >
      <ng-template bstEntryLine [bstEntryLineOf]="rows" let-row>
        <span class="what">{{ row.kind }} #{{ row.seq }}</span>
      </ng-template>
      <ng-template bstEntryBelow [bstEntryBelowOf]="rows" let-row>
        @for (file of row.files; track file) {
          <span data-testid="file">{{ file }}</span>
        }
      </ng-template>
    </bst-record-timeline>
  `,
})
class HostComponent {
  readonly newestFirst = signal(true);
  readonly kindAs = signal<'kind' | 'action'>('kind');
  readonly rows: Row[] = [
    { seq: 1, kind: 'registered', note: null, files: [] },
    { seq: 2, kind: 'rejected', note: '证据不足', files: ['整改报告.pdf'] },
  ];
  readonly colour = (row: Row) => (row.kind === 'rejected' ? 'red' : 'blue');
  readonly kind = (row: Row) => row.kind;
  readonly note = (row: Row) => row.note;
}

describe('RecordTimelineComponent', () => {
  async function render(setUp: (host: HostComponent) => void = () => undefined) {
    const fixture = TestBed.createComponent(HostComponent);
    setUp(fixture.componentInstance);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    return [...root.querySelectorAll<HTMLElement>('[data-testid="row"]')];
  }

  it('draws each entry newest first, its kind on the row, its note quoted and its files below', async () => {
    const rows = await render();
    expect(rows.map((r) => r.textContent?.trim())).toEqual(['rejected #2', 'registered #1']);
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['rejected', 'registered']);
    const item = rows[0]!.closest('li')!;
    expect(item.querySelector('[data-testid="row-note"]')!.textContent).toContain('证据不足');
    expect(item.querySelector('[data-testid="file"]')!.textContent).toBe('整改报告.pdf');
    expect(item.querySelector('.ant-timeline-item-head-red')).not.toBeNull();
    expect(rows[1]!.closest('li')!.querySelector('[data-testid="row-note"]')).toBeNull();
  });

  it('keeps the order of the record when asked, and names the kind an action for a ledger', async () => {
    const rows = await render((host) => {
      host.newestFirst.set(false);
      host.kindAs.set('action');
    });
    expect(rows.map((r) => r.getAttribute('data-action'))).toEqual(['registered', 'rejected']);
    expect(rows[0]!.hasAttribute('data-kind')).toBe(false);
  });
});
