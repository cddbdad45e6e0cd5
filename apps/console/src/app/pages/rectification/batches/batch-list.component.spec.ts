import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { BatchRow } from '@bastion/rectification-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of } from 'rxjs';
import { RectificationApi } from '@bastion/console-ui';
import { appIcons } from '../../../icons';
import { BatchListComponent } from './batch-list.component';

const row = (n: number, extra: Partial<BatchRow> = {}): BatchRow => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  number: `PC2027-000${n}`,
  title: `第${n}轮巡察反馈问题`,
  source: 'inspection_patrol',
  feedbackDate: '2027-12-15',
  reportDeadline: '2028-03-15',
  inspectedOrg: { id: '00000000-0000-4000-8000-0000000000b1', name: '青山林业局党委' },
  status: 'open',
  itemCount: 0,
  closedCount: 0,
  redCount: 0,
  ...extra,
});

describe('BatchListComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    const batches = jest.fn(() =>
      of({ items: [row(1, { provisional: true }), row(2)], nextCursor: null, total: 2 }),
    );
    TestBed.configureTestingModule({
      imports: [BatchListComponent],
      providers: [
        provideNzIcons(appIcons),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: RectificationApi, useValue: { batches } },
      ],
    });
  });

  it('marks a report deadline counted on weekdays, in a year without holiday data, as provisional', async () => {
    const fixture = TestBed.createComponent(BatchListComponent);
    await fixture.whenStable();
    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('[data-testid="batch-provisional"]')?.textContent).toContain('暂定');
    expect(rows[1]!.querySelector('[data-testid="batch-provisional"]')).toBeNull();
  });
});
