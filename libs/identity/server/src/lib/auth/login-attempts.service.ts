import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import type { IdentityEnv } from '../identity-env';

/**
 * The count of consecutive wrong passwords of an account, kept by single SQL statements so that
 * attempts sent at once count one by one: PostgreSQL re-reads a row another update has just
 * changed before it applies its own, so the fifth failure locks however many arrive together,
 * and a failure that arrives after the lock leaves it as it is.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig<IdentityEnv>,
  ) {}

  /**
   * One more wrong password (at sign-in or as the current password of a change). After
   * LOCKOUT_THRESHOLD of them in a row the account locks for LOCKOUT_MINUTES and the count starts
   * again. Returns whether this failure locked it, and whether the account is locked now (a
   * failure that arrives once it is locked is not counted).
   */
  async failed(userId: string, now: Date): Promise<{ lockedNow: boolean; locked: boolean }> {
    const lockedUntil = new Date(now.getTime() + this.config.LOCKOUT_MINUTES * 60_000);
    const rows: { locked_now: boolean }[] = await this.db.query(
      `UPDATE identity.user_account
          SET failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
              locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
        WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $4)
      RETURNING locked_until = $3::timestamptz AS locked_now`,
      [userId, this.config.LOCKOUT_THRESHOLD, lockedUntil, now],
    );
    // typeorm's postgres driver answers an UPDATE … RETURNING with [rows, affected count].
    const returned = (Array.isArray(rows[0]) ? rows[0] : rows) as { locked_now: boolean }[];
    if (!returned.length) return { lockedNow: false, locked: true };
    const lockedNow = returned[0]!.locked_now === true;
    return { lockedNow, locked: lockedNow };
  }

  /**
   * The right password: the count starts again, unless a failure sent at the same time has just
   * locked the account, in which case the sign-in is refused like any other while locked.
   */
  async succeeded(userId: string, now: Date): Promise<boolean> {
    const result: unknown[] = await this.db.query(
      `UPDATE identity.user_account
          SET failed_attempts = 0, locked_until = NULL, last_login_at = $2
        WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)
      RETURNING id`,
      [userId, now],
    );
    const returned = Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
    return returned.length === 1;
  }

  /** Whether the account is locked at `now`. */
  async isLocked(userId: string, now: Date): Promise<boolean> {
    const rows: { locked: boolean }[] = await this.db.query(
      `SELECT locked_until IS NOT NULL AND locked_until > $2 AS locked FROM identity.user_account WHERE id = $1`,
      [userId, now],
    );
    return rows[0]?.locked === true;
  }
}
