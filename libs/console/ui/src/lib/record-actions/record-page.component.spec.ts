import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ReloadOutline, StopOutline } from '@ant-design/icons-angular/icons';
import { type Observable, of, Subject } from 'rxjs';
import { ApiError } from '../api/api-error';
import { SessionService } from '../auth/session.service';
import { TerminateButtonComponent } from '../termination/terminate-button.component';
import { ActedRecord } from './acted-record';
import { RecordPageComponent, type RecordPageView } from './record-page.component';
import { RecordPartDirective } from './record-part.directive';
import { rendered } from '../../testing';

interface Item extends RecordPageView {
  readonly row: { readonly number: string; readonly status: string };
}

const item = (status: string, termination: Item['termination'] = null): Item => ({
  row: { number: 'ZG2026-000001', status },
  termination,
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordPageComponent, RecordPartDirective],
  template: `
    <bst-record-page [record]="record" [running]="running" [terminate]="terminate" reloadTestId="reload">
      <ng-template bstRecordPart="title" [bstRecordPartOf]="record" let-view>
        <span data-testid="title">{{ view.row.number }}</span>
      </ng-template>
      <ng-template bstRecordPart="links" [bstRecordPartOf]="record" let-view>
        <a data-testid="link">{{ view.row.status }}</a>
      </ng-template>
      <ng-template bstRecordPart="body" [bstRecordPartOf]="record" let-view>
        <p data-testid="body">{{ view.row.status }}</p>
      </ng-template>
    </bst-record-page>
  `,
})
class HostComponent {
  readonly answers: Subject<Item>[] = [];
  readonly fetched: string[] = [];
  readonly record = new ActedRecord(signal('item-1'), (id) => {
    this.fetched.push(id);
    const answer = new Subject<Item>();
    this.answers.push(answer);
    return answer;
  });
  readonly running = (view: Item) => view.row.status !== 'closed';
  readonly terminate = jest.fn((reason: string): Observable<Item> =>
    of(item('terminated', { at: '2026-03-02T01:00:00.000Z', by: { userId: 'u1', name: '管理员' }, reason })),
  );
}

describe('the frame of a record page', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideNzIcons([ReloadOutline, StopOutline]),
        { provide: SessionService, useValue: { me: signal({ isAdmin: true }) } },
      ],
    });
  });

  async function render() {
    const page = await rendered(HostComponent);
    const text = (testId: string) => page.byId(testId)?.textContent ?? null;
    const answer = async (value: Item | ApiError) => {
      const last = page.host.answers.at(-1)!;
      if (value instanceof ApiError) last.error(value);
      else last.next(value);
      await page.settled();
    };
    return { ...page, text, answer };
  }

  it('shows a skeleton while the record loads, and the failure with a retry that fetches it again', async () => {
    const { fixture, host, root, answer } = await render();
    expect(root.querySelector('nz-skeleton')).not.toBeNull();
    await answer(new ApiError(0, 'NETWORK', 'offline'));
    expect(root.querySelector('bst-error-alert')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('bst-error-alert button')!.click();
    await fixture.whenStable();
    expect(host.fetched).toEqual(['item-1', 'item-1']);
  });

  it('draws the page’s title, links and body with the record, and reloads it without a skeleton', async () => {
    const { fixture, host, root, text, answer } = await render();
    await answer(item('in_progress'));
    expect([text('title'), text('link'), text('body')]).toEqual([
      'ZG2026-000001',
      'in_progress',
      'in_progress',
    ]);
    expect(root.querySelector('bst-termination-note')).toBeNull();

    root.querySelector<HTMLButtonElement>('[data-testid="reload"]')!.click();
    await fixture.whenStable();
    expect(host.fetched).toHaveLength(2);
    expect(text('body')).toBe('in_progress');
    await answer(item('closed'));
    expect(text('body')).toBe('closed');
    expect(root.querySelector('[data-testid="terminate-open"]')).toBeNull();
  });

  it('shows the record as 终止 answered it, with the note of its termination', async () => {
    const { fixture, host, root, text, answer } = await render();
    await answer(item('in_progress'));
    const button = fixture.debugElement.query(By.directive(TerminateButtonComponent))
      .componentInstance as TerminateButtonComponent;
    expect(button.running()).toBe(true);
    expect(button.what()).toBe('ZG2026-000001');
    button.send()('导入数据错误').subscribe();
    await fixture.whenStable();
    expect(host.terminate).toHaveBeenCalledWith('导入数据错误');
    expect(text('body')).toBe('terminated');
    expect(root.querySelector('bst-termination-note')?.textContent).toContain('导入数据错误');
  });
});
