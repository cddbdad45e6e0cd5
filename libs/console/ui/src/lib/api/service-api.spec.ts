import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiError } from './api-error';
import { ApprovalsApi } from './approvals-api.service';
import { CalendarApi } from './calendar-api.service';
import { DevelopmentApi, MigrationRefusal } from './development-api.service';
import { IdentityApi } from './identity-api.service';
import { RectificationApi } from './rectification-api.service';

const refusal = {
  code: 'WRONG_STATE',
  message: 'not now',
  details: [{ field: 'orgId', problem: 'unknown' }],
};

/** The failure a call ended with, or a test failure when it succeeded. */
async function failureOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('one client base for every service', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reaches each service at its own base URL', () => {
    TestBed.inject(ApprovalsApi).request('r1').subscribe();
    TestBed.inject(IdentityApi).me().subscribe();
    TestBed.inject(RectificationApi).item('i1').subscribe();
    TestBed.inject(DevelopmentApi).case('c1').subscribe();
    TestBed.inject(CalendarApi).view().subscribe();
    for (const url of [
      '/api/approvals/requests/r1',
      '/api/identity/me',
      '/api/rectification/items/i1',
      '/api/development/cases/c1',
      '/api/identity/calendar',
    ]) {
      backend.expectOne(url).flush({});
    }
  });

  it('sends a page request with its cursor and limit and leaves unset filters out', () => {
    TestBed.inject(IdentityApi).people({ q: '', limit: 20, cursor: 'abc', orgId: undefined }).subscribe();
    const call = backend.expectOne((r) => r.url === '/api/identity/people');
    expect(call.request.params.keys().sort()).toEqual(['cursor', 'limit']);
    expect(call.request.params.get('cursor')).toBe('abc');
    expect(call.request.params.get('limit')).toBe('20');
    call.flush({ items: [], nextCursor: null });
  });

  it('sends writes with their method and body', () => {
    TestBed.inject(IdentityApi).updateOrg('o1', { version: 3, name: '新名称' }).subscribe();
    const patch = backend.expectOne('/api/identity/orgs/o1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ version: 3, name: '新名称' });
    patch.flush(null);
    TestBed.inject(CalendarApi).reset(2030).subscribe();
    expect(backend.expectOne('/api/identity/calendar/years/2030').request.method).toBe('DELETE');
  });

  it('turns every refusal into an ApiError with the service code and field problems', async () => {
    const call = firstValueFrom(TestBed.inject(RectificationApi).item('i1'));
    backend.expectOne('/api/rectification/items/i1').flush(refusal, { status: 409, statusText: 'Conflict' });
    const error = (await failureOf(call)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.problemsOf('orgId')]).toEqual([409, 'WRONG_STATE', ['unknown']]);
  });

  it('reads a refused download back from its Blob into the same ApiError', async () => {
    const call = firstValueFrom(TestBed.inject(ApprovalsApi).download('f1'));
    const json = JSON.stringify({ code: 'NOT_FOUND', message: 'gone' });
    // The test DOM's Blob has no text(); the browser's has.
    const body = Object.assign(new Blob([json], { type: 'application/json' }), { text: async () => json });
    backend.expectOne('/api/approvals/attachments/f1').flush(body, { status: 404, statusText: 'Not Found' });
    const error = (await failureOf(call)) as ApiError;
    expect([error.status, error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('names a call that never got an answer a network failure', async () => {
    const call = firstValueFrom(TestBed.inject(DevelopmentApi).case('c1'));
    backend.expectOne('/api/development/cases/c1').error(new ProgressEvent('error'), { status: 0 });
    expect(((await failureOf(call)) as ApiError).code).toBe('NETWORK');
  });

  it('lets a call read more from a refusal: a paper record lists each step problem', async () => {
    const call = firstValueFrom(TestBed.inject(DevelopmentApi).migrate({} as never));
    backend.expectOne('/api/development/cases/migrate').flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'refused',
        problems: [{ index: 1, type: 'talk', code: 'LATE', problem: 'too late' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const error = (await failureOf(call)) as MigrationRefusal;
    expect(error).toBeInstanceOf(MigrationRefusal);
    expect(error.problems).toEqual([{ index: 1, type: 'talk', code: 'LATE', problem: 'too late' }]);
  });
});
