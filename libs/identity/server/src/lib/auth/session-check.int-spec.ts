import { type ApprovalsTestApp, startApprovalsTestApp } from '@bastion/approvals-server/testing';
import { TestClient } from '@bastion/platform-service-testing';
import { smallForest, TEST_PASSWORD } from '../../testing/small-forest';
import { TestClient as IdentityClient } from '../../testing/http-client';
import { type IdentityTestApp, startIdentityTestApp } from '../../testing/identity-test-app';

/**
 * Another service (the sign-off engine) asks identity whether the session behind a token is live,
 * at SESSION_CHECK_URL. With a cache of 0 seconds, a logout ends the token there on the next request.
 */
describe('the session check of the other services', () => {
  let identity: IdentityTestApp;
  let approvals: ApprovalsTestApp;

  beforeAll(async () => {
    identity = await startIdentityTestApp('session-check', smallForest());
    const identityOrigin = new URL(identity.baseUrl).origin;
    approvals = await startApprovalsTestApp('session-check', {
      JWT_SECRET: identity.env.JWT_SECRET,
      SESSION_CHECK_URL: identityOrigin,
      SESSION_CHECK_CACHE_SECONDS: '0',
    });
  });
  afterAll(async () => {
    await approvals?.close();
    if (!identityStopped) await identity?.close();
  });

  let identityStopped = false;
  const signIn = async (username: string): Promise<{ accessToken: string; refreshToken: string }> => {
    const response = await new IdentityClient(identity.baseUrl).post('/auth/login', { username, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    return response.body;
  };
  const inApprovals = (token: string) => new TestClient(approvals.baseUrl, token);

  it('refuses a token in another service once its session is logged out', async () => {
    const session = await signIn('farmasecretary');
    const token = session.accessToken;
    expect((await inApprovals(token).get('/inbox')).status).toBe(200);
    expect((await new IdentityClient(identity.baseUrl).post('/auth/logout', { refreshToken: session.refreshToken })).status).toBe(
      204,
    );
    const after = await inApprovals(token).get('/inbox');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token whose account must change its password, as identity does', async () => {
    const { accessToken: token } = await signIn('farmbsecretary');
    expect((await inApprovals(token).get('/inbox')).status).toBe(200);
    await identity.db.query(`UPDATE identity.user_account SET must_change_password = true WHERE username = 'farmbsecretary'`);
    const refused = await inApprovals(token).get('/inbox');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('answers 503, not a pass, when identity cannot be asked', async () => {
    const { accessToken: token } = await signIn('farmaofficer');
    identityStopped = true;
    await identity.close();
    const unchecked = await inApprovals(token).get('/inbox');
    expect(unchecked.status).toBe(503);
    expect(unchecked.body.code).toBe('SESSION_CHECK_UNAVAILABLE');
  });
});
