import type { Principal } from './principal';

/** What the identity service knows of the session behind an access token, right now. */
export interface SessionState {
  /** False once the session is revoked (logout, password change, replay), expired or its user disabled. */
  live: boolean;
  /** The account must change its password before it may do anything else. */
  mustChangePassword: boolean;
}

/** Looks up the live state of a token's session; each service's guard asks it on every request. */
export interface SessionCheck {
  check(principal: Principal, accessToken: string): Promise<SessionState>;
}

/** The identity service provides its own check (a read of its session table) under this token. */
export const SESSION_CHECK = Symbol('SESSION_CHECK');

export class SessionCheckUnavailableError extends Error {}

const MAX_REMEMBERED = 10_000;

/**
 * The check of a service that is not identity: it asks identity (`GET /api/identity/auth/session`
 * with the caller's own token) and remembers the answer per session for a few seconds, so a busy
 * console page costs identity one lookup per session, not one per request, and a revoked session
 * is refused everywhere within that many seconds. Sessions live in identity's schema, and no
 * service reads another's schema; asking identity keeps that rule and needs no copy of the state.
 */
export class HttpSessionCheck implements SessionCheck {
  private readonly remembered = new Map<string, { state: SessionState; until: number }>();

  constructor(
    private readonly identityUrl: string,
    private readonly cacheSeconds: number,
    private readonly fetchFn: typeof fetch = fetch,
    private readonly now: () => number = Date.now,
  ) {}

  async check(principal: Principal, accessToken: string): Promise<SessionState> {
    const key = `${principal.userId}/${principal.sessionId}`;
    const known = this.remembered.get(key);
    if (known && known.until > this.now()) return known.state;
    const state = await this.ask(accessToken);
    // A required password change is not remembered: once it is made, the next request goes through.
    if (this.cacheSeconds > 0 && !state.mustChangePassword) {
      this.remembered.delete(key);
      if (this.remembered.size >= MAX_REMEMBERED) this.forgetExpired();
      if (this.remembered.size >= MAX_REMEMBERED) {
        const oldest = this.remembered.keys().next();
        if (!oldest.done) this.remembered.delete(oldest.value);
      }
      this.remembered.set(key, { state, until: this.now() + this.cacheSeconds * 1000 });
    }
    return state;
  }

  private async ask(accessToken: string): Promise<SessionState> {
    let response: Response;
    try {
      response = await this.fetchFn(`${this.identityUrl.replace(/\/+$/, '')}/api/identity/auth/session`, {
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      throw new SessionCheckUnavailableError(`identity did not answer: ${(error as Error).message}`);
    }
    if (response.status === 401) return { live: false, mustChangePassword: false };
    if (response.status !== 200)
      throw new SessionCheckUnavailableError(`identity answered the session check with ${response.status}`);
    const body = (await response.json().catch(() => null)) as { mustChangePassword?: unknown } | null;
    return { live: true, mustChangePassword: body?.mustChangePassword === true };
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.remembered) if (entry.until <= now) this.remembered.delete(key);
  }
}
