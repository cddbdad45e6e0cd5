import { TestBed } from '@angular/core/testing';
import type { Clock } from '@bastion/development-contracts';
import { CaseClocksComponent } from './case-clocks.component';

const clock = (extra: Partial<Clock> = {}): Clock => ({
  key: 'talk',
  kind: 'deadline',
  due: '2028-01-20',
  remindFrom: '2028-01-13',
  escalateFrom: '2028-02-03',
  rule: '《细则》第七条：收到入党申请书后一个月内派人谈话',
  ruleSetId: 'national-2014',
  ...extra,
});

describe('CaseClocksComponent', () => {
  beforeEach(() => localStorage.clear());

  async function render(clocks: Clock[]) {
    const fixture = TestBed.createComponent(CaseClocksComponent);
    fixture.componentRef.setInput('clocks', clocks);
    fixture.componentRef.setInput('today', '2027-12-20');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('marks a clock counted through a year without holiday data as provisional', async () => {
    const root = await render([clock({ provisional: true })]);
    const tag = root.querySelector('[data-testid="clock-provisional"]');
    expect(tag?.textContent?.trim()).toBe('暂定');
    expect(tag?.getAttribute('title')).toContain('尚无节假日数据');
  });

  it('shows an exact clock without the mark', async () => {
    const root = await render([clock()]);
    expect(root.querySelector('[data-testid="clock-provisional"]')).toBeNull();
  });
});
