import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@bastion/console-ui';
import { caseCountText, daysLeftText } from './development-labels';

describe('daysLeftText', () => {
  beforeEach(() => localStorage.clear());

  it.each([
    ['zh-CN', 5, '剩余 5 天'],
    ['zh-CN', 1, '剩余 1 天'],
    ['zh-CN', 0, '今日到期'],
    ['zh-CN', -3, '逾期 3 天'],
    ['en-US', 5, '5 days left'],
    ['en-US', 1, '1 day left'],
    ['en-US', 0, 'Due today'],
    ['en-US', -1, '1 day overdue'],
    ['en-US', -3, '3 days overdue'],
  ] as const)('in %s, %i days from the due date reads "%s"', (language, days, text) => {
    const i18n = TestBed.inject(TranslateService);
    i18n.use(language);
    expect(daysLeftText(i18n, days)).toBe(text);
  });

  it('says nothing without a date', () => {
    expect(daysLeftText(TestBed.inject(TranslateService), null)).toBe('');
  });
});

describe('caseCountText', () => {
  beforeEach(() => localStorage.clear());

  it.each([
    ['zh-CN', 1, '共 1 人'],
    ['zh-CN', 14, '共 14 人'],
    ['en-US', 1, '1 case'],
    ['en-US', 0, '0 cases'],
    ['en-US', 14, '14 cases'],
  ] as const)('in %s, %i cases read "%s"', (language, n, text) => {
    const i18n = TestBed.inject(TranslateService);
    i18n.use(language);
    expect(caseCountText(i18n, n)).toBe(text);
  });
});
