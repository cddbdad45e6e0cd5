export interface SessionTimes {
  lastRefreshedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface SessionLimits {
  idleMinutes: number;
}

/**
 * Why a session can no longer be refreshed, or null while it can: revoked (logout, password
 * change, replayed token), past its absolute end, or idle for longer than the idle timeout.
 */
export function sessionEndReason(session: SessionTimes, limits: SessionLimits, now: Date): string | null {
  if (session.revokedAt) return 'revoked';
  if (now >= session.expiresAt) return 'absolute timeout';
  if (now.getTime() - session.lastRefreshedAt.getTime() > limits.idleMinutes * 60_000) return 'idle timeout';
  return null;
}

/** After this many consecutive failures the account locks for a while. */
export function lockoutAfterFailure(
  failedAttempts: number,
  threshold: number,
  lockMinutes: number,
  now: Date,
): { failedAttempts: number; lockedUntil: Date | null } {
  const attempts = failedAttempts + 1;
  return attempts >= threshold
    ? { failedAttempts: 0, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000) }
    : { failedAttempts: attempts, lockedUntil: null };
}
