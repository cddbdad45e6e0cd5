import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { SessionService } from '../auth/session.service';
import { TranslateService } from '../i18n/translate.service';
import { pageContext } from './page-context';

describe('pageContext', () => {
  const success = jest.fn();

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: NzMessageService, useValue: { success, error: jest.fn() } },
      ],
    });
  });

  it('holds the app’s one router, translations and session, and the signed-in user', () => {
    const page = TestBed.runInInjectionContext(() => pageContext());

    expect(page.router).toBe(TestBed.inject(Router));
    expect(page.i18n).toBe(TestBed.inject(TranslateService));
    expect(page.session).toBe(TestBed.inject(SessionService));
    expect(page.me).toBe(TestBed.inject(SessionService).me);
  });

  it('says through its notices that an act went through, in the user’s language', () => {
    const page = TestBed.runInInjectionContext(() => pageContext());

    page.notice.done('orgs.dissolve.done', { name: '第一支部' });

    expect(success).toHaveBeenCalledWith('已撤销“第一支部”');
  });
});
