import { TestBed } from '@angular/core/testing';
import type { LedgerEntry } from '@bastion/approvals-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from '../../../icons';
import { RequestTimelineComponent } from './request-timeline.component';

const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  seq: 1,
  at: '2026-03-02T01:00:00.000Z',
  stageIndex: null,
  stageName: null,
  actor: null,
  onBehalfOf: null,
  action: 'submitted',
  automatic: false,
  opinion: null,
  attachments: [],
  signatureSha256: null,
  detail: null,
  ...over,
});

describe('RequestTimelineComponent', () => {
  it('names an administrator’s termination as such, with its reason, apart from the system’s own rows', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzIcons(appIcons)] });
    const fixture = TestBed.createComponent(RequestTimelineComponent);
    fixture.componentRef.setInput('entries', [
      entry({ seq: 1, action: 'stage_opened', automatic: true }),
      entry({ seq: 2, action: 'terminate', opinion: '流程卡住三个月，无法继续', stageName: '支部审核' }),
    ]);
    await fixture.whenStable();
    const rows = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="timeline-entry"]'),
    ];
    expect(rows[0]!.textContent).toContain('系统');
    expect(rows[1]!.getAttribute('data-action')).toBe('terminate');
    expect(rows[1]!.querySelector('[data-testid="timeline-administrator"]')!.textContent).toContain(
      '系统管理员',
    );
    expect(rows[1]!.textContent).toContain('管理员终止流程');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('流程卡住三个月，无法继续');
  });
});
