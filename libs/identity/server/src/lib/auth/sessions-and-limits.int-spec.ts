import { startedForSuite } from '@bastion/platform-service-testing';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient, type TestResponse } from '../../testing/http-client';
import { startIdentityTestApp } from '../../testing/identity-test-app';

/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are checked field by field */

/**
 * Sign-in, refresh and password change under their rate limits (the defaults, with the per-address
 * limit lowered to keep the test short), and what a session's end does to its access token. The
 * service believes X-Forwarded-For from the loopback proxy, so each test speaks from its own
 * addresses.
 */
describe('sessions and the limits on signing in', () => {
  const PER_ADDRESS = 30;
  const t = startedForSuite(() =>
    startIdentityTestApp('sessions', smallForest(), {
      TRUST_PROXY: 'loopback',
      AUTH_RATE_LIMIT_PER_ADDRESS: String(PER_ADDRESS),
    }),
  );

  /** A request from `address` (through the trusted proxy), with an optional bearer token. */
  const send = async (
    address: string,
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<TestResponse<any>> => {
    const response = await fetch(`${t.baseUrl}${path}`, {
      method,
      headers: {
        'x-forwarded-for': address,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  const login = (address: string, username: string, password = TEST_PASSWORD) =>
    send(address, 'POST', '/auth/login', { username, password });
  const signedIn = async (username: string, address = '192.0.2.250') => {
    const response = await login(address, username);
    expect(response.status).toBe(200);
    return response.body as { accessToken: string; refreshToken: string };
  };
  const addresses = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);
  const statusCounts = (answers: TestResponse[]) =>
    answers.reduce<Record<number, number>>(
      (counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }),
      {},
    );

  describe('twenty wrong passwords at once, under the default limits', () => {
    it('are cut at ten by the per-account limit, and the ten that pass lock the account', async () => {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => login('198.51.100.7', 'farmamember1', 'not-the-password')),
      );
      expect(statusCounts(answers)).toEqual({ 401: 10, 429: 10 });
      const [row] = await t.db.query(
        `SELECT failed_attempts, locked_until > now() AS locked FROM identity.user_account WHERE username = 'farmamember1'`,
      );
      expect(row).toEqual({ failed_attempts: 0, locked: true });
      const [events] = await t.db.query(
        `SELECT count(*)::int AS n FROM identity.audit_event WHERE kind = 'account_locked' AND username = 'farmamember1'`,
      );
      expect(events.n).toBe(1);
    });
  });

  describe('signing in', () => {
    it('is limited per account, from whatever address, and says when to try again', async () => {
      const [first, ...others] = addresses('203.0.113', 11);
      expect((await login(first!, 'farmamember2')).status).toBe(200);
      for (const address of others.slice(0, 9))
        expect((await login(address, 'farmamember2')).status).toBe(200);
      const eleventh = await login(others[9]!, 'farmamember2');
      expect(eleventh.status).toBe(429);
      expect(eleventh.body.code).toBe('RATE_LIMITED');
      expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another account is not held up by it.
      expect((await login(others[9]!, 'farmaofficer')).status).toBe(200);
    });

    it('is limited per address, whatever the account', async () => {
      const answers: TestResponse[] = [];
      for (let i = 0; i < PER_ADDRESS; i++)
        answers.push(await login('198.51.100.20', `nobody${i}`, 'whatever-1'));
      expect(statusCounts(answers)).toEqual({ 401: PER_ADDRESS });
      const next = await login('198.51.100.20', 'bureauorgdept');
      expect(next.status).toBe(429);
      expect((await login('198.51.100.21', 'bureauorgdept')).status).toBe(200);
    });
  });

  describe('refreshing a session', () => {
    it('is limited per account', async () => {
      let refreshToken = (await signedIn('groupsecretary')).refreshToken;
      for (const address of addresses('203.0.114', 10)) {
        const refreshed = await send(address, 'POST', '/auth/refresh', { refreshToken });
        expect(refreshed.status).toBe(200);
        refreshToken = refreshed.body.refreshToken;
      }
      const eleventh = await send('203.0.114.99', 'POST', '/auth/refresh', { refreshToken });
      expect(eleventh.status).toBe(429);
    });

    it('is limited per address, tokens guessed or not', async () => {
      for (let i = 0; i < PER_ADDRESS; i++) {
        const guess = await send('198.51.100.30', 'POST', '/auth/refresh', {
          refreshToken: `guessed-token-${i}-xxxxxxxx`,
        });
        expect(guess.status).toBe(401);
      }
      const { refreshToken } = await signedIn('grouporgdept');
      expect((await send('198.51.100.30', 'POST', '/auth/refresh', { refreshToken })).status).toBe(429);
      expect((await send('198.51.100.31', 'POST', '/auth/refresh', { refreshToken })).status).toBe(200);
    });
  });

  describe('changing the password', () => {
    // A new password that is refused for being weak: an attempt that does not count towards the lockout.
    const weakChange = (address: string, token: string) =>
      send(
        address,
        'POST',
        '/me/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'password' },
        token,
      );

    it('is limited per account', async () => {
      const { accessToken } = await signedIn('farmasecretary');
      for (const address of addresses('203.0.115', 10))
        expect((await weakChange(address, accessToken)).status).toBe(400);
      const eleventh = await weakChange('203.0.115.99', accessToken);
      expect(eleventh.status).toBe(429);
      expect(eleventh.body.code).toBe('RATE_LIMITED');
    });

    it('is limited per address', async () => {
      const tokens = await Promise.all(
        ['farmssecretary', 'farmbsecretary', 'othersecretary', 'bureauorgdept'].map(
          async (u) => (await signedIn(u, '192.0.2.251')).accessToken,
        ),
      );
      const answers: TestResponse[] = [];
      for (let i = 0; i < PER_ADDRESS; i++) answers.push(await weakChange('198.51.100.40', tokens[i % 4]!));
      expect(statusCounts(answers)).toEqual({ 400: PER_ADDRESS });
      expect((await weakChange('198.51.100.40', tokens[3]!)).status).toBe(429);
      expect((await weakChange('198.51.100.41', tokens[3]!)).status).toBe(400);
    });
  });

  describe('the end of a session', () => {
    it('ends its access token at once: logout', async () => {
      const session = await signedIn('farmaofficer', '192.0.2.252');
      expect((await send('192.0.2.252', 'GET', '/me', undefined, session.accessToken)).status).toBe(200);
      expect(
        (await send('192.0.2.252', 'POST', '/auth/logout', { refreshToken: session.refreshToken })).status,
      ).toBe(204);
      const after = await send('192.0.2.252', 'GET', '/me', undefined, session.accessToken);
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('UNAUTHENTICATED');
      expect((await send('192.0.2.252', 'GET', '/auth/session', undefined, session.accessToken)).status).toBe(
        401,
      );
    });

    it('ends its access token at once: a password change ends the other sessions', async () => {
      const other = await signedIn('groupsecretary', '192.0.2.253');
      const current = await signedIn('groupsecretary', '192.0.2.254');
      const changed = await send(
        '192.0.2.254',
        'POST',
        '/me/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'Larch&Birch-2027' },
        current.accessToken,
      );
      expect(changed.status).toBe(204);
      expect((await send('192.0.2.253', 'GET', '/orgs', undefined, other.accessToken)).status).toBe(401);
      expect((await send('192.0.2.254', 'GET', '/orgs', undefined, current.accessToken)).status).toBe(200);
    });

    it('tells the other services whether a session is live', async () => {
      const session = await signedIn('bureauorgdept', '192.0.2.255');
      const live = await send('192.0.2.255', 'GET', '/auth/session', undefined, session.accessToken);
      expect(live.status).toBe(200);
      expect(live.body).toEqual({ sessionId: expect.any(String), mustChangePassword: false });
    });
  });

  describe('an account that must change its password', () => {
    let token: string;
    let refreshToken: string;
    /** An administrator account an administrator has just created, signed in with the password it was given. */
    async function newAdminSignedIn(ip: string, username: string, displayName: string, password: string) {
      const admin = await new TestClient(t.baseUrl).login('admin', TEST_PASSWORD);
      const created = await admin.post('/users', {
        username,
        personId: null,
        displayName,
        initialPassword: password,
        isAdmin: true,
      });
      expect(created.status).toBe(201);
      return login(ip, username, password);
    }

    beforeAll(async () => {
      // An account an administrator has just created must change the password it was given.
      const signed = await newAdminSignedIn('192.0.2.200', 'new.admin', '新管理员', 'Spruce&Fir-Given-1');
      token = signed.body.accessToken;
      refreshToken = signed.body.refreshToken;
    });

    it('is refused every route but the password change, logout, who-am-I and the session check', async () => {
      for (const path of ['/orgs', '/people', '/users', '/audit-events', '/calendar']) {
        const refused = await send('192.0.2.200', 'GET', path, undefined, token);
        expect({ path, status: refused.status, code: refused.body.code }).toEqual({
          path,
          status: 403,
          code: 'PASSWORD_CHANGE_REQUIRED',
        });
      }
      const me = await send('192.0.2.200', 'GET', '/me', undefined, token);
      expect(me.status).toBe(200);
      expect(me.body.mustChangePassword).toBe(true);
      expect(
        (await send('192.0.2.200', 'GET', '/auth/session', undefined, token)).body.mustChangePassword,
      ).toBe(true);
    });

    it('may change the password, and then goes everywhere its roles allow', async () => {
      const changed = await send(
        '192.0.2.200',
        'POST',
        '/me/password',
        { currentPassword: 'Spruce&Fir-Given-1', newPassword: 'Cedar&Pine-Mine-2' },
        token,
      );
      expect(changed.status).toBe(204);
      // The same access token: its session is checked on each request, not read from the token.
      expect((await send('192.0.2.200', 'GET', '/orgs', undefined, token)).status).toBe(200);
      expect((await send('192.0.2.200', 'POST', '/auth/logout', { refreshToken })).status).toBe(204);
      expect((await send('192.0.2.200', 'GET', '/orgs', undefined, token)).status).toBe(401);
    });

    it('may log out before changing it', async () => {
      const signed = await newAdminSignedIn('192.0.2.201', 'new.admin2', '新管理员二', 'Spruce&Fir-Given-3');
      expect((await send('192.0.2.201', 'GET', '/orgs', undefined, signed.body.accessToken)).status).toBe(
        403,
      );
      expect(
        (await send('192.0.2.201', 'POST', '/auth/logout', { refreshToken: signed.body.refreshToken }))
          .status,
      ).toBe(204);
    });
  });

  describe('API responses', () => {
    it('are never stored and never sniffed, errors included', async () => {
      const session = await signedIn('grouporgdept', '192.0.2.240');
      const answers = [
        await send('192.0.2.240', 'GET', '/me', undefined, session.accessToken),
        await send('192.0.2.240', 'GET', '/me'),
        await send('192.0.2.240', 'GET', '/health'),
        await send('192.0.2.240', 'POST', '/auth/login', { username: 'x' }),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 401, 200, 400]);
      for (const answer of answers) {
        expect(answer.headers.get('cache-control')).toBe('no-store');
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      }
    });
  });
});
