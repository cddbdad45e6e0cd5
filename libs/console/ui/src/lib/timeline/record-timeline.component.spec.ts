import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { FileRef } from '@bastion/shared-contracts';
import { kindedEntryReading, RECORD_TIMELINE } from './record-timeline.component';
import { rendered } from '../../testing';

interface Row {
  seq: number;
  kind: string;
  note: string | null;
  files: FileRef[];
  signer: string | null;
  requestId: string | null;
}

const report: FileRef = {
  id: '00000000-0000-4000-8000-0000000000f1',
  name: '整改报告.pdf',
  sha256: 'a'.repeat(64),
};

@Component({
  selector: 'bst-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...RECORD_TIMELINE],
  template: `
    <bst-record-timeline
      testId="record"
      entryTestId="row"
      noteTestId="row-note"
      [kindAs]="kindAs()"
      [newestFirst]="newestFirst()"
      [entries]="rows"
      [read]="reading"
    >
      <ng-template bstEntry="line" [bstEntryOf]="rows" let-row>
        <span class="what">{{ row.kind }} #{{ row.seq }}</span>
      </ng-template>
      <ng-template bstEntry="below" [bstEntryOf]="rows" let-row>
        @if (row.signer) {
          <span data-testid="signer">{{ row.signer }}</span>
        }
      </ng-template>
    </bst-record-timeline>
  `,
})
class HostComponent {
  readonly newestFirst = signal(true);
  readonly kindAs = signal<'kind' | 'action'>('kind');
  readonly rows: Row[] = [
    { seq: 1, kind: 'registered', note: null, files: [], signer: null, requestId: null },
    { seq: 2, kind: 'rejected', note: '证据不足', files: [report], signer: '李书记', requestId: 'r-1' },
  ];
  readonly reading = kindedEntryReading<Row>(
    (kind) => (kind === 'rejected' ? 'red' : 'blue'),
    'rect.signoff.open',
  );
}

describe('a record as a timeline', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function render(setUp: (host: HostComponent) => void = () => undefined) {
    const timeline = await rendered(HostComponent);
    setUp(timeline.host);
    await timeline.settled();
    return timeline.allById('row');
  }

  it('draws each entry newest first, its kind on the row, its note quoted, its files and what the page adds below', async () => {
    const rows = await render();
    expect(rows.map((r) => r.querySelector('.what')!.textContent)).toEqual(['rejected #2', 'registered #1']);
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['rejected', 'registered']);
    const item = rows[0]!.closest('li')!;
    expect(item.querySelector('[data-testid="row-note"]')!.textContent).toContain('证据不足');
    expect(item.querySelector('bst-file-links')!.textContent).toContain('整改报告.pdf');
    expect(item.querySelector('[data-testid="signer"]')!.textContent).toBe('李书记');
    expect(item.querySelector('.ant-timeline-item-head-red')).not.toBeNull();
    const first = rows[1]!.closest('li')!;
    expect(first.querySelector('[data-testid="row-note"]')).toBeNull();
    expect(first.querySelector('bst-file-links')).toBeNull();
  });

  it('links the sign-off an entry started at the end of its line', async () => {
    const rows = await render();
    const link = rows[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/approvals/r-1');
    expect(link.textContent).toBe('查看审批');
    expect(rows[1]!.querySelector('a')).toBeNull();
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
