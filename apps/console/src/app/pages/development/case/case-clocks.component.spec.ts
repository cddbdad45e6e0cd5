import { TestBed } from '@angular/core/testing';
import type { Clock } from '@bastion/development-contracts';
import { TranslateService } from '@bastion/console-ui';
import { textCatalogue } from '@bastion/messages';
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

  it('words the rule of each clock in the chosen language, the longer approval rule once a reason is given', async () => {
    TestBed.inject(TranslateService).use('en-US');
    const extended = textCatalogue['development.clock.approval_extended.rule'].zh;
    const root = await render([clock(), clock({ key: 'approval', due: '2028-02-20', rule: extended })]);
    const rules = [...root.querySelectorAll('.rule')].map((r) => r.textContent!.trim());
    expect(rules[0]).toContain('Art. 7: a talk within one month of receiving the application');
    expect(rules[1]).toContain('Approval: in special cases up to 6 months after the resolution, no further');
    expect(root.textContent).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('shows an exact clock without the mark', async () => {
    const root = await render([clock()]);
    expect(root.querySelector('[data-testid="clock-provisional"]')).toBeNull();
  });
});
