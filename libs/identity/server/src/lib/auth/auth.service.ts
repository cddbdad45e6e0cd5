import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, IsNull, type Repository } from 'typeorm';
import { clock, shanghaiDateOf } from '@bastion/calendar';
import type { ChangePassword, Login, Me, TokenPair } from '@bastion/identity-contracts';
import { identityPolicy, type IdentityPermission } from '@bastion/identity-contracts';
import { type Principal, scopeOf, type SessionState, signAccessToken } from '@bastion/platform-auth';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import { NotFoundError, type RequestMeta, SlidingWindowLimiter } from '@bastion/platform-http';
import { type AuditContext, AuditService } from '../audit/audit.service';
import type { IdentityEnv } from '../identity-env';
import { IdentityError } from '../identity-error';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';
import { SessionEntity } from '../persistence/entities/session.entity';
import { UserAccountEntity } from '../persistence/entities/user-account.entity';
import { GrantsService } from './grants.service';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password-hasher';
import { LoginAttempts } from './login-attempts.service';
import { sessionEndReason } from '@bastion/identity-rules';
import { passwordRefusal } from '@bastion/identity-rules/passwords';
import { hashRefreshToken, newRefreshToken } from './session-tokens';
import { organisationWords } from './system-words';

const ACCOUNT_LOCKED = new IdentityError(
  'ACCOUNT_LOCKED',
  'Too many wrong passwords: the account is locked for a while; try again later or ask an administrator.',
  423,
);

const LOGIN_FAILED = new IdentityError(
  'LOGIN_FAILED',
  'Wrong user name or password, or the account is temporarily locked after repeated failures.',
  401,
);

@Injectable()
export class AuthService {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig<IdentityEnv>,
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(OrgUnitEntity) private readonly orgs: Repository<OrgUnitEntity>,
    private readonly grants: GrantsService,
    private readonly audit: AuditService,
    private readonly attempts: LoginAttempts,
  ) {
    const window = config.AUTH_RATE_WINDOW_SECONDS;
    this.perAccount = new SlidingWindowLimiter({ limit: config.AUTH_RATE_LIMIT_PER_ACCOUNT, windowSeconds: window });
    this.perAddress = new SlidingWindowLimiter({ limit: config.AUTH_RATE_LIMIT_PER_ADDRESS, windowSeconds: window });
  }

  /** Sign-ins, refreshes and password changes, counted per account and per client address. */
  private readonly perAccount: SlidingWindowLimiter;
  private readonly perAddress: SlidingWindowLimiter;

  private limitAddress(action: string, meta: RequestMeta): void {
    this.perAddress.takeAll([`${action}:${meta.ip ?? 'unknown'}`]);
  }

  private limitAccount(action: string, account: string): void {
    this.perAccount.takeAll([`${action}:${account}`]);
  }

  async login(input: Login, meta: RequestMeta, now = new Date()): Promise<TokenPair> {
    const username = input.username.toLowerCase();
    this.limitAddress('login', meta);
    this.limitAccount('login', username);
    const user = await this.users.findOneBy({ username });
    const context = { userId: user?.id, username, ...meta };
    if (!user || user.disabledAt) {
      await verifyAgainstDecoy(input.password);
      await this.audit.record('login_failed', context, { reason: user ? 'disabled' : 'unknown user' });
      throw LOGIN_FAILED;
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await verifyAgainstDecoy(input.password);
      await this.audit.record('login_failed', context, { reason: 'locked' });
      throw LOGIN_FAILED;
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await this.countFailure(user.id, context, 'wrong password', now);
      throw LOGIN_FAILED;
    }
    if (!(await this.attempts.succeeded(user.id, now))) {
      await this.audit.record('login_failed', context, { reason: 'locked' });
      throw LOGIN_FAILED;
    }
    const refresh = newRefreshToken();
    const session = await this.sessions.save(
      this.sessions.create({
        userId: user.id,
        refreshHash: refresh.hash,
        previousRefreshHash: null,
        createdAt: now,
        lastRefreshedAt: now,
        expiresAt: new Date(now.getTime() + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000),
        revokedAt: null,
        ip: meta.ip,
        userAgent: meta.userAgent,
      }),
    );
    await this.audit.record('login_succeeded', context, { sessionId: session.id });
    return this.issue(user, session.id, refresh.token, now);
  }

  async refresh(refreshToken: string, meta: RequestMeta, now = new Date()): Promise<TokenPair> {
    this.limitAddress('refresh', meta);
    const presented = hashRefreshToken(refreshToken);
    const session = await this.sessions.findOneBy({ refreshHash: presented });
    if (!session) {
      // A token that was already rotated away is being replayed: someone else may hold it.
      const replayed = await this.sessions.findOneBy({ previousRefreshHash: presented, revokedAt: IsNull() });
      if (replayed) {
        await this.sessions.update(replayed.id, { revokedAt: now, revokedReason: 'refresh token replayed' });
        await this.audit.record(
          'refresh_reuse_detected',
          { userId: replayed.userId, ...meta },
          { sessionId: replayed.id },
        );
      }
      throw new IdentityError('SESSION_EXPIRED', 'Your session has ended; sign in again.', 401);
    }
    this.limitAccount('refresh', session.userId);
    const ended = sessionEndReason(session, { idleMinutes: this.config.SESSION_IDLE_MINUTES }, now);
    const user = ended ? null : await this.users.findOneBy({ id: session.userId });
    if (ended || !user || user.disabledAt) {
      await this.audit.record(
        'refresh_refused',
        { userId: session.userId, ...meta },
        { reason: ended ?? 'user disabled' },
      );
      throw new IdentityError('SESSION_EXPIRED', 'Your session has ended; sign in again.', 401);
    }
    const next = newRefreshToken();
    // Rotation is a compare-and-set on the presented hash, so two racing refreshes cannot both win.
    const rotated = await this.sessions.update(
      { id: session.id, refreshHash: presented },
      { refreshHash: next.hash, previousRefreshHash: presented, lastRefreshedAt: now },
    );
    if (rotated.affected !== 1)
      throw new IdentityError('SESSION_EXPIRED', 'Your session has ended; sign in again.', 401);
    return this.issue(user, session.id, next.token, now);
  }

  async logout(refreshToken: string, meta: RequestMeta, now = new Date()): Promise<void> {
    const session = await this.sessions.findOneBy({ refreshHash: hashRefreshToken(refreshToken) });
    if (!session || session.revokedAt) return;
    await this.sessions.update(session.id, { revokedAt: now, revokedReason: 'logout' });
    const user = await this.users.findOneBy({ id: session.userId });
    await this.audit.record(
      'logout',
      { userId: session.userId, username: user?.username, ...meta },
      { sessionId: session.id },
    );
  }

  async me(principal: Principal): Promise<Me> {
    const user = await this.users.findOneBy({ id: principal.userId });
    if (!user) throw new NotFoundError('user');
    const grants = await this.grants.grantsOf(user.personId, clock.today());
    const orgIds = [...new Set(grants.map((g) => g.orgId))];
    const orgs = orgIds.length ? await this.orgs.findBy({ id: In(orgIds) }) : [];
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const live: Principal = { ...principal, isAdmin: user.isAdmin, grants };
    const scopes: Me['scopes'] = {};
    for (const permission of Object.keys(identityPolicy) as IdentityPermission[]) {
      const scope = scopeOf(live, identityPolicy, permission);
      scopes[permission] =
        scope.kind === 'all'
          ? 'all'
          : scope.kind === 'none'
            ? []
            : scope.paths.map((path) => {
                const org = grants.find((g) => g.orgPath === path);
                return { id: org!.orgId, name: byId.get(org!.orgId)?.name ?? '' };
              });
    }
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      personId: user.personId,
      isAdmin: user.isAdmin,
      mustChangePassword: user.mustChangePassword,
      roles: grants.map((g) => {
        const org = byId.get(g.orgId)!;
        return {
          role: g.role as Me['roles'][number]['role'],
          org: { id: org.id, name: org.name, kind: org.kind },
        };
      }),
      scopes,
    };
  }

  async changePassword(
    principal: Principal,
    input: ChangePassword,
    meta: RequestMeta,
    now = new Date(),
  ): Promise<void> {
    this.limitAddress('password', meta);
    this.limitAccount('password', principal.userId);
    const user = await this.users.findOneBy({ id: principal.userId });
    if (!user) throw new NotFoundError('user');
    const context = { userId: user.id, username: user.username, ...meta };
    if (await this.attempts.isLocked(user.id, now)) {
      await verifyAgainstDecoy(input.currentPassword);
      throw ACCOUNT_LOCKED;
    }
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      // A stolen access token must not become a way round the lockout: guesses here count too.
      const { locked } = await this.countFailure(user.id, context, 'wrong current password', now);
      if (locked) throw ACCOUNT_LOCKED;
      throw IdentityError.invalid('WRONG_PASSWORD', 'currentPassword', 'is not your current password');
    }
    const person = user.personId ? await this.people.findOneBy({ id: user.personId }) : null;
    const refusal = passwordRefusal(input.newPassword, {
      userInputs: [user.username, user.displayName, person?.name ?? ''],
      systemWords: await organisationWords(this.db),
    }) ?? { code: 'WEAK_PASSWORD' as const, problems: [] };
    if (input.newPassword === input.currentPassword) refusal.problems.push('must differ from the current password');
    if (refusal.problems.length) {
      throw new IdentityError(
        refusal.code,
        `The new password ${refusal.problems.join('; ')}.`,
        400,
        refusal.problems.map((problem) => ({ field: 'newPassword', problem })),
      );
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (tx) => {
      await tx.update(UserAccountEntity, user.id, {
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: false,
      });
      // Other sessions end: whoever else was signed in with the old password is signed out.
      await tx
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: now, revokedReason: 'password changed' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', {
          userId: user.id,
          sessionId: principal.sessionId,
        })
        .execute();
    });
    await this.audit.record('password_changed', { userId: user.id, username: user.username, ...meta });
  }

  /**
   * The state of the caller's session, read on every request to this service and asked for by
   * the others: a token of a revoked or ended session is refused at once.
   */
  async sessionState(principal: Principal, now = new Date()): Promise<SessionState> {
    const rows: { revoked_at: Date | null; expires_at: Date; disabled_at: Date | null; must_change_password: boolean }[] =
      await this.db.query(
        `SELECT s.revoked_at, s.expires_at, u.disabled_at, u.must_change_password
           FROM identity.session s JOIN identity.user_account u ON u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2`,
        [principal.sessionId, principal.userId],
      );
    const row = rows[0];
    const live = !!row && !row.revoked_at && row.expires_at > now && !row.disabled_at;
    return { live, mustChangePassword: live && row.must_change_password };
  }

  private async countFailure(
    userId: string,
    context: AuditContext,
    reason: string,
    now: Date,
  ): Promise<{ lockedNow: boolean; locked: boolean }> {
    const outcome = await this.attempts.failed(userId, now);
    await this.audit.record('login_failed', context, { reason });
    if (outcome.lockedNow) {
      const until = new Date(now.getTime() + this.config.LOCKOUT_MINUTES * 60_000);
      await this.audit.record('account_locked', context, { until: until.toISOString() });
    }
    return outcome;
  }

  private async issue(
    user: UserAccountEntity,
    sessionId: string,
    refreshToken: string,
    now: Date,
  ): Promise<TokenPair> {
    const grants = await this.grants.grantsOf(user.personId, shanghaiDateOf(now));
    const principal: Principal = {
      userId: user.id,
      sessionId,
      username: user.username,
      displayName: user.displayName,
      personId: user.personId,
      isAdmin: user.isAdmin,
      grants,
    };
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    return {
      accessToken: signAccessToken(principal, this.config.JWT_SECRET, ttl),
      refreshToken,
      expiresIn: ttl,
    };
  }
}
