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
