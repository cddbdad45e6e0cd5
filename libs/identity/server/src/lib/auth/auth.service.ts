import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, IsNull, type Repository } from 'typeorm';
import { shanghaiDateOf } from '@bastion/calendar';
import type { ChangePassword, Login, Me, TokenPair } from '@bastion/identity-contracts';
import { identityPolicy, type IdentityPermission } from '@bastion/identity-contracts';
import { type Principal, scopeOf, signAccessToken } from '@bastion/platform-auth';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import { NotFoundError, type RequestMeta } from '@bastion/platform-http';
import { AuditService } from '../audit/audit.service';
import type { IdentityEnv } from '../identity-env';
import { IdentityError } from '../identity-error';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';
import { SessionEntity } from '../persistence/entities/session.entity';
import { UserAccountEntity } from '../persistence/entities/user-account.entity';
import { GrantsService } from './grants.service';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password-hasher';
import { passwordProblems } from './password-policy';
import { hashRefreshToken, newRefreshToken } from './session-tokens';
import { lockoutAfterFailure, sessionEndReason } from './session-rules';

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
  ) {}

  async login(input: Login, meta: RequestMeta, now = new Date()): Promise<TokenPair> {
    const username = input.username.toLowerCase();
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
      const next = lockoutAfterFailure(
        user.failedAttempts,
        this.config.LOCKOUT_THRESHOLD,
        this.config.LOCKOUT_MINUTES,
        now,
      );
      await this.users.update(user.id, next);
      await this.audit.record('login_failed', context, { reason: 'wrong password' });
      if (next.lockedUntil)
        await this.audit.record('account_locked', context, { until: next.lockedUntil.toISOString() });
      throw LOGIN_FAILED;
    }
    await this.users.update(user.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
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
    if (!user) throw new NotFoundError('The user');
    const grants = await this.grants.grantsOf(user.personId, shanghaiDateOf(new Date()));
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
    const user = await this.users.findOneBy({ id: principal.userId });
    if (!user) throw new NotFoundError('The user');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw IdentityError.invalid('WRONG_PASSWORD', 'currentPassword', 'is not your current password');
    }
    const person = user.personId ? await this.people.findOneBy({ id: user.personId }) : null;
    const problems = passwordProblems(input.newPassword, [
      user.username,
      user.displayName,
      person?.name ?? '',
    ]);
    if (input.newPassword === input.currentPassword) problems.push('must differ from the current password');
    if (problems.length) {
      throw new IdentityError(
        'WEAK_PASSWORD',
        `The new password ${problems.join('; ')}.`,
        400,
        problems.map((problem) => ({ field: 'newPassword', problem })),
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
