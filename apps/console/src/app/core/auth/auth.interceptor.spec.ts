import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Me } from '@bastion/identity-contracts';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth.interceptor';
import { REFRESH_TOKEN_KEY, SessionService, TranslateService } from '@bastion/console-ui';

const API = '/api/identity';
const me: Me = {
  userId: '00000000-0000-4000-8000-000000000001',
  username: 'branch1.secretary',
  displayName: '张三',
  personId: null,
  isAdmin: false,
  mustChangePassword: false,
  roles: [],
  scopes: {},
};

/** Lets promise callbacks (the interceptor waits on the refresh) run before the next check. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: SessionService;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionService);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    const signedIn = session.login('branch1.secretary', 'Demo@2026');
    backend.expectOne(`${API}/auth/login`).flush(tokens('access-1', 'refresh-1'));
    await settle();
    backend.expectOne(`${API}/me`).flush(me);
    await signedIn;
  });

  afterEach(() => backend.verify());

  function tokens(accessToken: string, refreshToken: string) {
    return { accessToken, refreshToken, expiresIn: 300 };
  }

  function rejectAsExpired(request: TestRequest): void {
    request.flush(
      { code: 'UNAUTHENTICATED', message: 'Sign in first.' },
      { status: 401, statusText: 'Unauthorized' },
    );
  }

  it('sends the access token with API calls but not with the session calls', () => {
    void firstValueFrom(http.get(`${API}/orgs`));
    expect(backend.expectOne(`${API}/orgs`).request.headers.get('Authorization')).toBe('Bearer access-1');

    void firstValueFrom(http.post(`${API}/auth/refresh`, {}));
    expect(backend.expectOne(`${API}/auth/refresh`).request.headers.has('Authorization')).toBe(false);
  });

  it('names the chosen language on every API call, the session calls too', () => {
    void firstValueFrom(http.get(`${API}/orgs`));
    expect(backend.expectOne(`${API}/orgs`).request.headers.get('Accept-Language')).toBe('zh-CN');

    TestBed.inject(TranslateService).use('en-US');
    void firstValueFrom(http.get(`${API}/orgs`));
    expect(backend.expectOne(`${API}/orgs`).request.headers.get('Accept-Language')).toBe('en-US');
    void firstValueFrom(http.post(`${API}/auth/refresh`, {}));
    expect(backend.expectOne(`${API}/auth/refresh`).request.headers.get('Accept-Language')).toBe('en-US');
  });

  it('renews an expired access token once and retries the request with the new one', async () => {
    const result = firstValueFrom(http.get<{ ok: boolean }>(`${API}/orgs`));
    rejectAsExpired(backend.expectOne(`${API}/orgs`));
    await settle();

    const refresh = backend.expectOne(`${API}/auth/refresh`);
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(tokens('access-2', 'refresh-2'));
    await settle();

    const retry = backend.expectOne(`${API}/orgs`);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({ ok: true });
    await expect(result).resolves.toEqual({ ok: true });
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('runs a single refresh for requests that fail together, and retries each of them', async () => {
    const first = firstValueFrom(http.get(`${API}/orgs`));
    const second = firstValueFrom(http.get(`${API}/people`));
    rejectAsExpired(backend.expectOne(`${API}/orgs`));
    rejectAsExpired(backend.expectOne(`${API}/people`));
    await settle();

    backend.expectOne(`${API}/auth/refresh`).flush(tokens('access-2', 'refresh-2'));
    await settle();

    const retries = backend.match((r) => r.url === `${API}/orgs` || r.url === `${API}/people`);
    expect(retries).toHaveLength(2);
    for (const retry of retries) {
      expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
      retry.flush({ url: retry.request.url });
    }
    await expect(first).resolves.toEqual({ url: `${API}/orgs` });
    await expect(second).resolves.toEqual({ url: `${API}/people` });
  });

  it('retries without refreshing when another request has already renewed the token', async () => {
    const early = firstValueFrom(http.get(`${API}/orgs`));
    const late = firstValueFrom(http.get(`${API}/people`));
    rejectAsExpired(backend.expectOne(`${API}/orgs`));
    await settle();
    backend.expectOne(`${API}/auth/refresh`).flush(tokens('access-2', 'refresh-2'));
    await settle();
    backend.expectOne(`${API}/orgs`).flush({});
    await early;

    // This one was sent with the old token before the refresh; its 401 arrives afterwards.
    rejectAsExpired(backend.expectOne(`${API}/people`));
    await settle();
    backend.expectNone(`${API}/auth/refresh`);
    const retry = backend.expectOne(`${API}/people`);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({});
    await expect(late).resolves.toEqual({});
  });

  it('gives up when the session cannot be renewed: clears it and sends the user to sign in', async () => {
    const result = firstValueFrom(http.get(`${API}/orgs`));
    rejectAsExpired(backend.expectOne(`${API}/orgs`));
    await settle();
    backend
      .expectOne(`${API}/auth/refresh`)
      .flush({ code: 'SESSION_EXPIRED', message: 'ended' }, { status: 401, statusText: 'Unauthorized' });

    await expect(result).rejects.toMatchObject({ status: 401, code: 'SESSION_EXPIRED' });
    expect(session.accessToken()).toBeNull();
    expect(session.me()).toBeNull();
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { reason: 'expired', returnUrl: '/' },
    });
  });

  it('keeps the session when the refresh fails for want of a network', async () => {
    const result = firstValueFrom(http.get(`${API}/orgs`));
    rejectAsExpired(backend.expectOne(`${API}/orgs`));
    await settle();
    backend.expectOne(`${API}/auth/refresh`).error(new ProgressEvent('error'), { status: 0 });

    await expect(result).rejects.toMatchObject({ status: 0 });
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('passes errors other than 401 straight through', async () => {
    const result = firstValueFrom(http.get(`${API}/orgs/x`));
    backend
      .expectOne(`${API}/orgs/x`)
      .flush({ code: 'NOT_FOUND', message: 'no' }, { status: 404, statusText: 'Not Found' });
    await expect(result).rejects.toMatchObject({ status: 404 });
    backend.expectNone(`${API}/auth/refresh`);
  });
});
