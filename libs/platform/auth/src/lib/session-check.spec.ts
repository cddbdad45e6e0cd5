import type { Principal } from './principal';
import { HttpSessionCheck, SessionCheckUnavailableError } from './session-check';

const principal = { userId: 'u1', sessionId: 's1' } as Principal;

/** Identity as the check sees it: one answer per call, counted. */
function identityAnswering(...answers: (Response | Error)[]) {
  const calls: { url: string; authorization: string | null }[] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  }) as typeof fetch;
  return { fetchFn, calls };
}

const live = (mustChangePassword = false) => Response.json({ sessionId: 's1', mustChangePassword });

describe('asking identity whether a session is live', () => {
  it('asks with the caller\'s own token at identity\'s session route', async () => {
    const identity = identityAnswering(live());
    const check = new HttpSessionCheck('http://identity:3001/', 5, identity.fetchFn);
    expect(await check.check(principal, 'the.token.here')).toEqual({ live: true, mustChangePassword: false });
    expect(identity.calls).toEqual([
      { url: 'http://identity:3001/api/identity/auth/session', authorization: 'Bearer the.token.here' },
    ]);
  });

  it('takes a 401 for a session that has ended, and passes on a required password change', async () => {
    const ended = new HttpSessionCheck('http://identity', 0, identityAnswering(new Response(null, { status: 401 })).fetchFn);
    expect(await ended.check(principal, 't')).toEqual({ live: false, mustChangePassword: false });
    const mustChange = new HttpSessionCheck('http://identity', 0, identityAnswering(live(true)).fetchFn);
    expect(await mustChange.check(principal, 't')).toEqual({ live: true, mustChangePassword: true });
  });

  it('remembers an answer for the configured seconds only', async () => {
    let now = 0;
    const identity = identityAnswering(live(), new Response(null, { status: 401 }));
    const check = new HttpSessionCheck('http://identity', 5, identity.fetchFn, () => now);
    expect((await check.check(principal, 't')).live).toBe(true);
    now = 4_999;
    expect((await check.check(principal, 't')).live).toBe(true);
    expect(identity.calls).toHaveLength(1);
    now = 5_000;
    expect((await check.check(principal, 't')).live).toBe(false);
    expect(identity.calls).toHaveLength(2);
  });

  it('does not remember a required password change, so the change takes effect at once', async () => {
    const identity = identityAnswering(live(true), live(false));
    const check = new HttpSessionCheck('http://identity', 5, identity.fetchFn, () => 0);
    expect(await check.check(principal, 't')).toEqual({ live: true, mustChangePassword: true });
    expect(await check.check(principal, 't')).toEqual({ live: true, mustChangePassword: false });
    expect(identity.calls).toHaveLength(2);
  });

  it('asks on every request with a cache of 0 seconds', async () => {
    const identity = identityAnswering(live(), new Response(null, { status: 401 }));
    const check = new HttpSessionCheck('http://identity', 0, identity.fetchFn, () => 0);
    expect((await check.check(principal, 't')).live).toBe(true);
    expect((await check.check(principal, 't')).live).toBe(false);
  });

  it('is unavailable, never a pass, when identity does not answer or answers otherwise', async () => {
    const down = new HttpSessionCheck('http://identity', 0, identityAnswering(new TypeError('fetch failed')).fetchFn);
    await expect(down.check(principal, 't')).rejects.toBeInstanceOf(SessionCheckUnavailableError);
    const failing = new HttpSessionCheck('http://identity', 0, identityAnswering(new Response(null, { status: 500 })).fetchFn);
    await expect(failing.check(principal, 't')).rejects.toBeInstanceOf(SessionCheckUnavailableError);
  });
});
