import { startedForSuite } from '@bastion/platform-service-testing';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient } from '../../testing/http-client';
import { startIdentityTestApp } from '../../testing/identity-test-app';

describe('signing in and sessions', () => {
  const t = startedForSuite(() =>
    startIdentityTestApp('auth', smallForest(), { LOCKOUT_THRESHOLD: '3', LOCKOUT_MINUTES: '15' }),
  );
  let client: TestClient;

  beforeAll(async () => {
    client = new TestClient(t.baseUrl);
  });

  const auditKinds = async (username: string): Promise<string[]> =>
    (
      await t.db.query(`SELECT kind FROM identity.audit_event WHERE username = $1 ORDER BY id`, [username])
    ).map((r: { kind: string }) => r.kind);

  it('signs in with a short-lived access token and a refresh token', async () => {
    const response = await client.post('/auth/login', {
      username: 'FarmASecretary',
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 300,
    });
    expect(await auditKinds('farmasecretary')).toContain('login_succeeded');
  });

  it('refuses a wrong password and an unknown user alike, without saying which was wrong', async () => {
    const wrong = await client.post('/auth/login', {
      username: 'farmbsecretary',
      password: 'not the password',
    });
    const unknown = await client.post('/auth/login', { username: 'nobody', password: TEST_PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('LOGIN_FAILED');
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(await auditKinds('nobody')).toEqual(['login_failed']);
  });

  it('locks the account after repeated failures, even against the right password', async () => {
    for (let i = 0; i < 3; i++)
      await client.post('/auth/login', { username: 'farmamember2', password: 'wrong-password' });
    const locked = await client.post('/auth/login', { username: 'farmamember2', password: TEST_PASSWORD });
    expect(locked.status).toBe(401);
    expect(await auditKinds('farmamember2')).toContain('account_locked');
    await t.db.query(
      `UPDATE identity.user_account SET locked_until = now() - interval '1 second' WHERE username = 'farmamember2'`,
    );
    expect(
      (await client.post('/auth/login', { username: 'farmamember2', password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('tells who is signed in, with roles and where each permission reaches', async () => {
    const me = await (await client.login('farmasecretary', TEST_PASSWORD)).get('/me');
    expect(me.status).toBe(200);
    expect(me.body.displayName).toBe('王甲书');
    expect(me.body.roles).toEqual(
      expect.arrayContaining([
        { role: 'secretary', org: expect.objectContaining({ name: '甲林场党支部', kind: 'branch' }) },
        { role: 'full_member', org: expect.objectContaining({ name: '甲林场党支部' }) },
      ]),
    );
    expect(me.body.scopes['org.manage']).toEqual([{ id: t.ids.orgs.get('farmA'), name: '甲林场党支部' }]);
  });

  it('grants nothing for an office that has ended', async () => {
    const me = await (await client.login('farmamember2', TEST_PASSWORD)).get('/me');
    expect(me.body.roles.map((r: { role: string }) => r.role)).toEqual(['full_member']);
    expect(me.body.scopes['person.read']).toEqual([]);
  });

  it('rotates the refresh token, and a replayed old one ends the session', async () => {
    const session = await client.login('farmbsecretary', TEST_PASSWORD);
    const first = await client.post('/auth/refresh', { refreshToken: session.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(session.refreshToken);
    const replay = await client.post('/auth/refresh', { refreshToken: session.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('SESSION_EXPIRED');
    // The thief's replay also ended the legitimate holder's session.
    expect((await client.post('/auth/refresh', { refreshToken: first.body.refreshToken })).status).toBe(401);
    expect(await auditKinds('farmbsecretary')).toEqual(expect.arrayContaining(['login_succeeded']));
    const reuse = await t.db.query(
      `SELECT count(*)::int AS n FROM identity.audit_event WHERE kind = 'refresh_reuse_detected'`,
    );
    expect(reuse[0].n).toBe(1);
  });

  it('ends a session after 30 idle minutes', async () => {
    const session = await client.login('farmaofficer', TEST_PASSWORD);
    await t.db.query(
      `UPDATE identity.session SET last_refreshed_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM identity.user_account WHERE username = 'farmaofficer')`,
    );
    expect((await client.post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in however active', async () => {
    const session = await client.login('bureauorgdept', TEST_PASSWORD);
    await t.db.query(
      `UPDATE identity.session SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM identity.user_account WHERE username = 'bureauorgdept')`,
    );
    expect((await client.post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
  });

  it('logs out by revoking the refresh token', async () => {
    const session = await client.login('groupsecretary', TEST_PASSWORD);
    expect((await client.post('/auth/logout', { refreshToken: session.refreshToken })).status).toBe(204);
    expect((await client.post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect(await auditKinds('groupsecretary')).toContain('logout');
  });

  it('refuses a request without a valid token and records the refusal', async () => {
    expect((await client.get('/me')).status).toBe(401);
    const forged = await client.as('aaa.bbb.ccc').get('/orgs');
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('UNAUTHENTICATED');
    const refusals = await t.db.query(
      `SELECT detail FROM identity.audit_event WHERE kind = 'refused_unauthenticated'`,
    );
    expect(refusals.map((r: { detail: { path: string } }) => r.detail.path)).toEqual(
      expect.arrayContaining(['/api/identity/me', '/api/identity/orgs']),
    );
  });

  describe('changing the password', () => {
    it('refuses a weak new password with each problem', async () => {
      const session = await client.login('farmamember1', TEST_PASSWORD);
      const weak = await session.post('/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'password',
      });
      expect(weak.status).toBe(400);
      expect(weak.body.code).toBe('COMMON_PASSWORD');
      expect(weak.body.details).toEqual([{ field: 'newPassword', problem: '是常见密码，容易被猜到' }]);
    });

    it.each([
      ['the demo password', 'Demo@2026'],
      ['the product name', 'Bastion#Forest9'],
      ['an organisation of the tree', '甲林场党支部2026年!'],
    ])('refuses a new password built on %s', async (_what, newPassword) => {
      const session = await client.login('farmasecretary', TEST_PASSWORD);
      const refused = await session.post('/me/password', { currentPassword: TEST_PASSWORD, newPassword });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('SYSTEM_WORD_PASSWORD');
    });

    it('checks the password an administrator gives a new login by the same rules', async () => {
      const admin = await client.login('admin', TEST_PASSWORD);
      const user = (username: string, initialPassword: string) =>
        admin.post('/users', {
          username,
          personId: null,
          displayName: '新账号',
          initialPassword,
          isAdmin: false,
        });
      expect((await user('new.one', 'Demo@2026')).body.code).toBe('SYSTEM_WORD_PASSWORD');
      expect((await user('new.one', 'sunshine1')).body.code).toBe('COMMON_PASSWORD');
      expect((await user('new.one', 'Spruce&Fir-Given-1')).status).toBe(201);
    });

    it('refuses a wrong current password', async () => {
      const session = await client.login('farmamember1', TEST_PASSWORD);
      const wrong = await session.post('/me/password', {
        currentPassword: 'nope',
        newPassword: 'Larch&Birch-2027',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('WRONG_PASSWORD');
    });

    it('changes it and signs out the other sessions', async () => {
      const other = await client.login('farmamember1', TEST_PASSWORD);
      const session = await client.login('farmamember1', TEST_PASSWORD);
      const changed = await session.post('/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'Larch&Birch-2027',
      });
      expect(changed.status).toBe(204);
      expect((await client.post('/auth/refresh', { refreshToken: other.refreshToken })).status).toBe(401);
      expect((await client.post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(200);
      expect(
        (await client.post('/auth/login', { username: 'farmamember1', password: TEST_PASSWORD })).status,
      ).toBe(401);
      expect(
        (await client.post('/auth/login', { username: 'farmamember1', password: 'Larch&Birch-2027' })).status,
      ).toBe(200);
    });
  });
});
