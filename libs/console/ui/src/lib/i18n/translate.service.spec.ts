import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { ApiError } from '../api/api-error';
import { enUS } from './messages.en-us';
import { zhCN } from './messages.zh-cn';
import { LANGUAGE_KEY, TranslateService } from './translate.service';

describe('TranslateService', () => {
  beforeEach(() => localStorage.clear());

  const create = () => TestBed.inject(TranslateService);

  it('speaks Chinese by default and tells ng-zorro and the page', () => {
    const i18n = create();
    expect(i18n.language()).toBe('zh-CN');
    expect(i18n.t('login.title')).toBe('登录');
    expect(TestBed.inject(NzI18nService).getLocaleId()).toBe('zh-cn');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, remembers the choice and switches ng-zorro too', () => {
    const i18n = create();
    i18n.use('en-US');
    expect(i18n.t('login.title')).toBe('Sign in');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en-US');
    expect(TestBed.inject(NzI18nService).getLocaleId()).toBe('en');
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('starts in the language remembered from an earlier visit', () => {
    localStorage.setItem(LANGUAGE_KEY, 'en-US');
    expect(create().t('menu.orgs')).toBe('Organisations');
  });

  it('ignores a remembered value that is not a language it has', () => {
    localStorage.setItem(LANGUAGE_KEY, 'fr-FR');
    expect(create().language()).toBe('zh-CN');
  });

  it('fills in parameters', () => {
    const i18n = create();
    expect(i18n.t('people.total', { total: 42 })).toBe('共 42 人');
    i18n.toggle();
    expect(i18n.t('people.total', { total: 42 })).toBe('42 people');
  });

  it('names roles and organisation kinds from the shared contract labels', () => {
    const i18n = create();
    expect(i18n.role('organisation_officer')).toBe('组织委员');
    expect(i18n.kind('general_branch')).toBe('党总支');
    i18n.use('en-US');
    expect(i18n.kind('general_branch')).toBe('General branch');
  });

  it('explains error codes from the one catalogue in the user language, never from the service text', () => {
    const i18n = create();
    const expired = new HttpErrorResponse({
      status: 401,
      error: { code: 'SESSION_EXPIRED', message: 'Your session has ended; sign in again.' },
    });
    expect(i18n.error(expired)).toBe('会话已过期，请重新登录。');
    const decided = new ApiError(409, 'ALREADY_DECIDED', 'whatever the service said', [], undefined, {
      by: '李四',
      at: '10:00',
    });
    expect(i18n.error(decided)).toBe('该环节已由李四于10:00处理。');
    expect(i18n.error(new HttpErrorResponse({ status: 0 }))).toBe('无法连接服务器，请检查网络后重试。');
    i18n.use('en-US');
    expect(i18n.error(expired)).toBe('Your session has ended; sign in again.');
    expect(i18n.error(decided)).toBe('Already decided by 李四 at 10:00.');
    expect(i18n.refusal('VALIDATION_FAILED')).toBe('Some fields are not valid; see the marked fields.');
  });

  it('falls back to the service message only for a code the catalogue lacks', () => {
    expect(create().error(new ApiError(409, 'SOMETHING_NEW', 'A new refusal.'))).toBe('A new refusal.');
  });

  it('translates problems it knows and passes the others through', () => {
    const i18n = create();
    expect(i18n.problem('is too easy to guess')).toBe('太容易被猜到');
    expect(i18n.problem('something else')).toBe('something else');
    i18n.use('en-US');
    expect(i18n.problem('is too easy to guess')).toBe('is too easy to guess');
  });

  it('has an English text for every Chinese one', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, text] of Object.entries(enUS)) expect([key, text.trim()]).not.toEqual([key, '']);
  });
});
