import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { defaultCommitteeSettings } from '@bastion/development-contracts';
import { of } from 'rxjs';
import { configureDevelopmentTest } from '../testing/page-test';
import { RulesPageComponent } from './rules-page.component';

const committeeId = '00000000-0000-4000-8000-0000000000c1';

describe('RulesPageComponent', () => {
  let fixture: ComponentFixture<RulesPageComponent>;
  let publishRules: jest.Mock;

  beforeEach(() => {
    publishRules = jest.fn(() => of({}));
    configureDevelopmentTest(RulesPageComponent, { rules: () => of([]), publishRules });
  });
  afterEach(() => fixture?.destroy());

  const root = () => fixture.nativeElement as HTMLElement;
  const byId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const type = (id: string, value: string) => {
    const field = byId(id) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  /** The problem under the field that holds the test id. */
  const problemAt = (id: string) =>
    byId(id)!.closest('nz-form-item')!.querySelector('.ant-form-item-explain-error')?.textContent?.trim();
  const page = () =>
    fixture.componentInstance as unknown as {
      committeeId: { set(id: string): void };
      form: { controls: { effectiveFrom: { setValue(d: Date): void } } };
    };

  async function open(): Promise<void> {
    fixture = TestBed.createComponent(RulesPageComponent);
    page().committeeId.set(committeeId);
    await fixture.whenStable();
  }

  it('checks the form against the contract before sending: each problem at its field, nothing sent', async () => {
    await open();
    type('rules-reminderLeadDays', '0');
    type('rules-candidateNoticeWorkingDays', '');
    byId('rules-submit')!.click();
    await fixture.whenStable();

    expect(publishRules).not.toHaveBeenCalled();
    expect(problemAt('rules-effective')).toBe('此项必填');
    expect(problemAt('rules-reminderLeadDays')).toBe('超出允许范围');
    expect(problemAt('rules-candidateNoticeWorkingDays')).toBe('此项必填');
    // A setting left open is allowed where the contract allows no limit.
    expect(problemAt('rules-reviewValidityMonths')).toBeUndefined();
  });

  it('publishes the settings in force with the figures changed, the routes carried over', async () => {
    await open();
    page().form.controls.effectiveFrom.setValue(new Date(2026, 0, 1));
    type('rules-reminderLeadDays', '14');
    type('rules-note', ' 本委规定 ');
    byId('rules-submit')!.click();
    await fixture.whenStable();

    expect(publishRules).toHaveBeenCalledWith(committeeId, {
      effectiveFrom: '2026-01-01',
      settings: { ...defaultCommitteeSettings(), reminderLeadDays: 14 },
      note: '本委规定',
    });
  });
});
