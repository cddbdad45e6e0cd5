import { startedForSuite } from '@bastion/platform-service-testing';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient } from '../../testing/http-client';
import { startIdentityTestApp } from '../../testing/identity-test-app';

/**
 * The lockout counts every wrong password once, however they arrive. The rate limits are raised
 * here so that every attempt reaches the count; `sessions-and-limits.int-spec.ts` has the limits.
 */
describe('the lockout after wrong passwords', () => {
  const t = startedForSuite(() =>
    startIdentityTestApp('lockout', smallForest(), {
      LOCKOUT_THRESHOLD: '5',
      LOCKOUT_MINUTES: '15',
      AUTH_RATE_LIMIT_PER_ACCOUNT: '1000',
      AUTH_RATE_LIMIT_PER_ADDRESS: '100000',
    }),
  );
  let client: TestClient;

  beforeAll(async () => {
    client = new TestClient(t.baseUrl);
  });

  interface AccountState {
    failedAttempts: number;
    lockedForMinutes: number | null;
    lockEvents: number;
  }

  /** What the account's row and the audit trail say of the lockout, minutes rounded. */
  const stateOf = async (username: string): Promise<AccountState> => {
    const [row] = await t.db.query(
      `SELECT failed_attempts,
              round(extract(epoch FROM (locked_until - now())) / 60)::int AS locked_for
         FROM identity.user_account WHERE username = $1`,
      [username],
    );
    const [events] = await t.db.query(
      `SELECT count(*)::int AS n FROM identity.audit_event WHERE kind = 'account_locked' AND username = $1`,
      [username],
    );
    return { failedAttempts: row.failed_attempts, lockedForMinutes: row.locked_for, lockEvents: events.n };
  };

  const wrongLogin = (username: string) =>
    client.post('/auth/login', { username, password: 'not-the-password' });

  it('locks after five wrong passwords sent one by one', async () => {
    for (let i = 0; i < 4; i++) expect((await wrongLogin('farmamember1')).status).toBe(401);
    expect(await stateOf('farmamember1')).toEqual({
      failedAttempts: 4,
      lockedForMinutes: null,
      lockEvents: 0,
    });
    expect((await wrongLogin('farmamember1')).status).toBe(401);
    expect(await stateOf('farmamember1')).toEqual({
      failedAttempts: 0,
      lockedForMinutes: 15,
      lockEvents: 1,
    });
    const right = await client.post('/auth/login', { username: 'farmamember1', password: TEST_PASSWORD });
    expect(right.status).toBe(401);
    expect(right.body.code).toBe('LOGIN_FAILED');
  });

  it('locks exactly the same way when twenty wrong passwords arrive at once', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => wrongLogin('farmamember2')));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(401));
    expect(new Set(answers.map((a) => a.body.code))).toEqual(new Set(['LOGIN_FAILED']));
    // One lock, not four (20 / 5), and no failures left counting towards a second one.
    expect(await stateOf('farmamember2')).toEqual({
      failedAttempts: 0,
      lockedForMinutes: 15,
      lockEvents: 1,
    });
    expect(
      (await client.post('/auth/login', { username: 'farmamember2', password: TEST_PASSWORD })).status,
    ).toBe(401);
  });

  it('refuses the right password sent together with wrong ones once they have locked the account', async () => {
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => wrongLogin('farmaofficer')),
      client.post('/auth/login', { username: 'farmaofficer', password: TEST_PASSWORD }),
    ]);
    // However the race went, the account ends locked: the right password does not reset a lock.
    expect((await stateOf('farmaofficer')).lockEvents).toBe(1);
    expect((await stateOf('farmaofficer')).lockedForMinutes).toBe(15);
    expect(answers.slice(0, 10).every((a) => a.status === 401)).toBe(true);
  });

  describe('wrong current passwords on a password change', () => {
    const change = (session: TestClient, currentPassword: string) =>
      session.post('/me/password', { currentPassword, newPassword: 'Larch&Birch-2027' });

    it('count towards the lockout, and the fifth locks the account', async () => {
      const session = await client.login('farmbsecretary', TEST_PASSWORD);
      for (let i = 0; i < 4; i++) {
        const wrong = await change(session, `guess-${i}`);
        expect(wrong.status).toBe(400);
        expect(wrong.body.code).toBe('WRONG_PASSWORD');
      }
      const fifth = await change(session, 'guess-4');
      expect(fifth.status).toBe(423);
      expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
      expect(await stateOf('farmbsecretary')).toEqual({
        failedAttempts: 0,
        lockedForMinutes: 15,
        lockEvents: 1,
      });
      // Locked: neither the right current password nor a sign-in gets through.
      expect((await change(session, TEST_PASSWORD)).status).toBe(423);
      expect(
        (await client.post('/auth/login', { username: 'farmbsecretary', password: TEST_PASSWORD })).status,
      ).toBe(401);
      const reasons = await t.db.query(
        `SELECT detail->>'reason' AS reason FROM identity.audit_event
          WHERE kind = 'login_failed' AND username = 'farmbsecretary' ORDER BY id LIMIT 5`,
      );
      expect(reasons.map((r: { reason: string }) => r.reason)).toEqual(
        Array(5).fill('wrong current password'),
      );
    });

    it('count together with wrong sign-ins', async () => {
      const session = await client.login('farmssecretary', TEST_PASSWORD);
      for (let i = 0; i < 3; i++) expect((await wrongLogin('farmssecretary')).status).toBe(401);
      expect((await change(session, 'guess-a')).status).toBe(400);
      expect((await change(session, 'guess-b')).body.code).toBe('ACCOUNT_LOCKED');
      expect((await stateOf('farmssecretary')).lockEvents).toBe(1);
    });

    it('sent at once lock the account once', async () => {
      const session = await client.login('othersecretary', TEST_PASSWORD);
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => change(session, `guess-${i}`)));
      const statuses = answers.map((a) => a.status);
      // Four are counted and told the password is wrong; the fifth locks; the rest find it locked.
      expect(statuses.filter((s) => s === 400)).toHaveLength(4);
      expect(statuses.filter((s) => s === 423)).toHaveLength(16);
      expect(await stateOf('othersecretary')).toEqual({
        failedAttempts: 0,
        lockedForMinutes: 15,
        lockEvents: 1,
      });
    });
  });
});
