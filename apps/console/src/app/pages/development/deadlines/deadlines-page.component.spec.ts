import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { DeadlineRow } from '@bastion/development-contracts';
import { of } from 'rxjs';
import { configureDevelopmentTest } from '../testing/page-test';
import { DeadlinesPageComponent } from './deadlines-page.component';

const row = (number: string, daysLeft: number, kind: DeadlineRow['kind'] = 'deadline'): DeadlineRow => ({
  caseId: `00000000-0000-4000-8000-0000000000${number.slice(-2)}`,
  number: `FZ2026-0000${number.slice(-2)}`,
  person: { id: '00000000-0000-4000-8000-00000000000b', name: `申请人${number}` },
  org: { id: '00000000-0000-4000-8000-0000000000c1', name: '红星林场党支部' },
  status: 'applicant',
  clock: kind === 'opens' ? 'candidacy' : 'talk',
  kind,
  due: '2026-05-01',
  daysLeft,
  level: daysLeft < 0 ? 'overdue' : null,
  rule: 'Art. 7: a talk within one month of receiving the application',
  ruleKey: kind === 'opens' ? 'development.clock.candidacy.rule' : 'development.clock.talk.rule',
});

describe('DeadlinesPageComponent', () => {
  let fixture: ComponentFixture<DeadlinesPageComponent>;
  let deadlines: jest.Mock;

  beforeEach(() => {
    deadlines = jest.fn();
    configureDevelopmentTest(DeadlinesPageComponent, { deadlines });
  });

  async function render(rows: DeadlineRow[]): Promise<HTMLElement> {
    deadlines.mockReturnValue(of({ items: rows, nextCursor: null, total: rows.length }));
    fixture = TestBed.createComponent(DeadlinesPageComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid="deadline-row"]')];

  it('lists the overdue first, the longest overdue at the top, then what falls due soonest', async () => {
    const root = await render([
      row('01', 12),
      row('02', -3),
      row('03', 0),
      row('04', -20),
      row('05', -1, 'opens'),
    ]);
    const names = rows(root).map((r) => r.querySelector('[data-testid="deadline-case"]')!.textContent);
    expect(names).toEqual(['申请人04', '申请人02', '申请人05', '申请人03', '申请人01']);
  });

  it('marks overdue deadlines in red, and never a step that has merely become allowed', async () => {
    const root = await render([row('02', -3), row('05', -1, 'opens'), row('01', 12)]);
    const [overdue, opened, coming] = rows(root);
    expect(overdue!.dataset['overdue']).toBe('true');
    expect(overdue!.classList).toContain('overdue');
    expect(overdue!.querySelector('[data-testid="due-left"]')!.textContent).toContain('逾期 3 天');
    expect(overdue!.querySelector('[data-testid="due-left"]')!.classList).toContain('bst-overdue');
    expect(opened!.dataset['overdue']).toBe('false');
    // Allowed since yesterday: its date, with no count that reads as late.
    expect(opened!.querySelector('[data-testid="due-left"]')).toBeNull();
    expect(coming!.dataset['overdue']).toBe('false');
    expect(coming!.querySelector('[data-testid="due-left"]')!.textContent).toContain('剩余 12 天');
    expect(overdue!.getAttribute('data-clock')).toBe('talk');
    // The rule by its key, in the console's language whatever language the service wrote it in.
    expect(overdue!.querySelector('.rule')!.textContent).toBe(
      '《细则》第七条：收到入党申请书后一个月内派人谈话',
    );
  });

  it('asks for the next 30 days, and for 90 when switched', async () => {
    const root = await render([]);
    expect(deadlines).toHaveBeenLastCalledWith(expect.objectContaining({ withinDays: 30, limit: 20 }));
    expect(root.querySelector('[data-testid="deadlines-empty"]')!.textContent).toContain(
      '30 天内没有到期事项',
    );

    root.querySelector<HTMLElement>('[data-testid="deadlines-within-90"]')!.click();
    await fixture.whenStable();
    expect(deadlines).toHaveBeenLastCalledWith(expect.objectContaining({ withinDays: 90 }));
  });
});
