import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom, type Observable } from 'rxjs';
import type { Me, TokenPair } from '@bastion/identity-contracts';
import { ApiError } from '../api/api-error';
import { IDENTITY_API } from '../api/identity-api.service';

/** The refresh token survives a reload of the tab but not the tab itself. */
export const REFRESH_TOKEN_KEY = 'bastion.refreshToken';

/** Why the user was sent to the login page, shown there. */
export type SignedOutReason = 'expired';

/**
 * The signed-in session. The access token lives only in memory (a reload gets a new one through
 * the refresh token), so script injected into another tab or a stale page cannot read it from
 * storage; the refresh token rotates on every use.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly token = signal<string | null>(null);
  private readonly user = signal<Me | null>(null);
  private refreshing: Promise<string> | null = null;

  readonly accessToken = this.token.asReadonly();
  readonly me = this.user.asReadonly();
  readonly signedIn = computed(() => this.user() !== null);

  async login(username: string, password: string): Promise<void> {
    const pair = await this.call(
      this.http.post<TokenPair>(`${IDENTITY_API}/auth/login`, { username, password }),
    );
    this.keep(pair);
    await this.loadMe();
  }

  /** Reloads who the user is, e.g. after a password change or a change of roles. */
  async loadMe(): Promise<Me> {
    const me = await this.call(this.http.get<Me>(`${IDENTITY_API}/me`));
    this.user.set(me);
    return me;
  }

  /** Whether this tab holds a session that may still be renewed. */
  hasStoredSession(): boolean {
    return readRefreshToken() !== null;
  }

  /**
   * Whether there is a usable session, picking up the one of a reloaded tab through its refresh
   * token. Guards call it before every protected page.
   */
  async restore(): Promise<boolean> {
    if (this.user()) return true;
    if (!this.token() && !readRefreshToken()) return false;
    try {
      if (!this.token()) await this.refresh();
      await this.loadMe();
      return true;
    } catch {
      this.clear();
      return false;
    }
  }

  /**
   * A token to retry with after a 401 on a request sent with `sent`. When another request has
   * refreshed in the meantime, its token is used; otherwise one refresh runs for all callers.
   */
  tokenAfterRejection(sent: string | null): Promise<string> {
    const current = this.token();
    if (current && current !== sent) return Promise.resolve(current);
    return this.refresh();
  }

  /** Exchanges the refresh token for a new pair; concurrent callers share one exchange. */
  refresh(): Promise<string> {
    this.refreshing ??= this.exchangeRefreshToken().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async logout(): Promise<void> {
    const refreshToken = readRefreshToken();
    this.clear();
    if (refreshToken) {
      // Ending the session on the server is best effort: signing out here must work offline too.
      await this.call(this.http.post<void>(`${IDENTITY_API}/auth/logout`, { refreshToken })).catch(
        () => undefined,
      );
    }
    await this.router.navigate(['/login']);
  }

  /** The session cannot be renewed: forget it and ask the user to sign in again. */
  expire(): void {
    const wasActive = this.token() !== null || this.user() !== null || readRefreshToken() !== null;
    this.clear();
    // Several requests can fail at once; only the first sends the user to the login page.
    if (!wasActive) return;
    const returnUrl = this.router.url;
    const reason: SignedOutReason = 'expired';
    void this.router.navigate(['/login'], {
      queryParams: { reason, ...(returnUrl.startsWith('/login') ? {} : { returnUrl }) },
    });
  }

  clear(): void {
    this.token.set(null);
    this.user.set(null);
    writeRefreshToken(null);
  }

  private async exchangeRefreshToken(): Promise<string> {
    const refreshToken = readRefreshToken();
    if (!refreshToken) throw new ApiError(401, 'SESSION_EXPIRED', 'There is no session to renew.');
    const pair = await this.call(this.http.post<TokenPair>(`${IDENTITY_API}/auth/refresh`, { refreshToken }));
    this.keep(pair);
    return pair.accessToken;
  }

  private keep(pair: TokenPair): void {
    this.token.set(pair.accessToken);
    writeRefreshToken(pair.refreshToken);
  }

  private async call<T>(request: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(request);
    } catch (error) {
      throw error instanceof HttpErrorResponse ? ApiError.from(error) : error;
    }
  }
}

function readRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(REFRESH_TOKEN_KEY, token);
    else sessionStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Storage disabled: the session then lasts as long as the page.
  }
}
