import { expectRefusedField, startedForSuite } from '@bastion/platform-service-testing';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient } from '../../testing/http-client';
import { startIdentityTestApp } from '../../testing/identity-test-app';

/** Input that must never reach a handler, let alone a row or a workflow of the identity service. */
describe('input the identity service refuses', () => {
  const t = startedForSuite(() => startIdentityTestApp('input-safety', smallForest()));
  let admin: TestClient;
  const person = (fields: Record<string, unknown>) => ({
    name: '钟安全',
    gender: 'female',
    orgId: t.ids.orgs.get('farmA')!,
    ...fields,
  });

  beforeAll(async () => {
    admin = await new TestClient(t.baseUrl).login('admin', TEST_PASSWORD);
  });

  it.each([
    ['a NUL', 'name', '钟\u0000安全'],
    ['a lone surrogate', 'name', '钟\ud800安全'],
    ['a bell', 'workUnit', '林场\u0007'],
    ['a line break in a one-line field', 'name', '钟\n安全'],
  ])('refuses %s in a text field with 400 naming it', async (_what, field, value) => {
    expectRefusedField(
      await admin.post('/people', person({ [field]: value })),
      field,
      expect.stringMatching(/control characters/),
    );
  });

  it('refuses control characters in a search term and a path parameter, naming them', async () => {
    expectRefusedField(await admin.get('/people?q=%E9%92%9F%1B'), 'q');
    expectRefusedField(await admin.get('/people/%00'), 'id');
  });

  it('refuses a date outside 1900–2100 and an integer beyond its type', async () => {
    for (const birthDate of ['1899-12-31', '2101-01-01', '0001-01-01', '275760-09-13']) {
      expectRefusedField(await admin.post('/people', person({ birthDate })), 'birthDate');
    }
    expect((await admin.post('/people', person({ birthDate: '1900-01-01' }))).status).toBe(201);
    expect((await admin.get('/people?limit=4294967296')).status).toBe(400);
    expect((await admin.request('DELETE', '/calendar/years/99999999999')).status).toBe(400);
  });

  it('words a refusal in the caller language: English when asked for, Chinese by default', async () => {
    const login = (headers: Record<string, string>) =>
      fetch(`${t.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username: 'no.such.user', password: 'not the password' }),
      });
    const english = await login({ 'accept-language': 'en-US,en;q=0.9' });
    expect([english.status, await english.json()]).toEqual([
      401,
      expect.objectContaining({
        code: 'LOGIN_FAILED',
        message: 'Wrong user name or password, or the account is temporarily locked after repeated failures.',
      }),
    ]);
    const unnamed = await login({});
    expect([unnamed.status, await unnamed.json()]).toEqual([
      401,
      expect.objectContaining({
        code: 'LOGIN_FAILED',
        message: '用户名或密码错误，或账户因多次登录失败已被暂时锁定。',
      }),
    ]);
  });

  it('answers a body that is not JSON with 415 and an undeclared method with 405 and Allow', async () => {
    const form = await fetch(`${t.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=admin&password=${TEST_PASSWORD}`,
    });
    expect(form.status).toBe(415);
    const remove = await admin.request('DELETE', '/people');
    expect(remove.status).toBe(405);
    expect(remove.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(remove.body.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('an installation that narrows the dates it accepts', () => {
  const t = startedForSuite(() =>
    startIdentityTestApp('narrow-dates', smallForest(), { DATE_MIN: '1930-01-01', DATE_MAX: '2079-12-31' }),
  );
  it('refuses a date the contracts would take but its range does not', async () => {
    const admin = await new TestClient(t.baseUrl).login('admin', TEST_PASSWORD);
    const bornOn = (birthDate: string) =>
      admin.post('/people', { name: '钟早', gender: 'male', orgId: t.ids.orgs.get('farmA')!, birthDate });
    expectRefusedField(await bornOn('1929-12-31'), 'birthDate', 'must be between 1930-01-01 and 2079-12-31');
    const inRange = await bornOn('1930-01-01');
    expect(inRange.status).toBe(201);
  });
});
