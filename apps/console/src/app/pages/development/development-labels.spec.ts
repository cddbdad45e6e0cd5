import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@bastion/console-ui';
import { caseCountText, daysLeftText, namesOf } from './development-labels';

describe('the counts in words', () => {
  beforeEach(() => localStorage.clear());

  const wordings = { daysLeftText, caseCountText };

  it.each([
    ['daysLeftText', 'zh-CN', 5, '剩余 5 天'],
    ['daysLeftText', 'zh-CN', 1, '剩余 1 天'],
    ['daysLeftText', 'zh-CN', 0, '今日到期'],
    ['daysLeftText', 'zh-CN', -3, '逾期 3 天'],
    ['daysLeftText', 'en-US', 5, '5 days left'],
    ['daysLeftText', 'en-US', 1, '1 day left'],
    ['daysLeftText', 'en-US', 0, 'Due today'],
    ['daysLeftText', 'en-US', -1, '1 day overdue'],
    ['daysLeftText', 'en-US', -3, '3 days overdue'],
    ['caseCountText', 'zh-CN', 1, '共 1 人'],
    ['caseCountText', 'zh-CN', 14, '共 14 人'],
    ['caseCountText', 'en-US', 1, '1 case'],
    ['caseCountText', 'en-US', 0, '0 cases'],
    ['caseCountText', 'en-US', 14, '14 cases'],
  ] as const)('%s in %s of %i reads "%s"', (wording, language, n, text) => {
    const i18n = TestBed.inject(TranslateService);
    i18n.use(language);
    expect(wordings[wording](i18n, n)).toBe(text);
  });

  it('says nothing of days left without a date', () => {
    expect(daysLeftText(TestBed.inject(TranslateService), null)).toBe('');
  });
});

describe('namesOf', () => {
  it('names the people in one line, and nobody as nothing', () => {
    expect(namesOf([{ name: '张林' }, { name: '王芳' }])).toBe('张林、王芳');
    expect(namesOf([])).toBeNull();
  });
});
