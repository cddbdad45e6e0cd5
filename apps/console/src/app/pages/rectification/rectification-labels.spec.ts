import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@bastion/console-ui';
import { countdownText, importProblemText, transitionText } from './rectification-labels';

describe('rectification labels', () => {
  let i18n: TranslateService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(TranslateService);
  });

  it('counts down to a deadline and past it', () => {
    expect(countdownText(i18n, 5)).toBe('剩余 5 天');
    expect(countdownText(i18n, 0)).toBe('今日到期');
    expect(countdownText(i18n, -3)).toBe('逾期 3 天');
    expect(countdownText(i18n, null)).toBe('');
  });

  it('names every kind of step: actions, ladder rungs and sign-off outcomes', () => {
    expect(transitionText(i18n, 'assign')).toBe('交办');
    expect(transitionText(i18n, 'warning')).toBe('告诫书');
    expect(transitionText(i18n, 'acceptance_failed')).toBe('验收未通过，二次整改');
    i18n.use('en-US');
    expect(transitionText(i18n, 'plan_approved')).toBe('Plan approved');
  });

  it('puts the import’s quoting problems into Chinese, and leaves them as written in English', () => {
    const problem = '“明年” is not a date (YYYY-MM-DD)';
    expect(importProblemText(i18n, problem)).toBe('“明年”不是日期（应为 YYYY-MM-DD）');
    expect(importProblemText(i18n, '“X” names 2 organisations under the inspected one')).toBe(
      '被检查单位下有 2 个组织名为“X”，请写全称',
    );
    expect(importProblemText(i18n, 'is required')).toBe('必填');
    i18n.use('en-US');
    expect(importProblemText(i18n, problem)).toBe(problem);
  });
});
