import { sessionEndReason } from './session-rules';

const at = (iso: string) => new Date(iso);
const limits = { idleMinutes: 30 };
const session = {
  lastRefreshedAt: at('2026-03-02T09:00:00Z'),
  expiresAt: at('2026-03-02T20:00:00Z'),
  revokedAt: null,
};

describe('session lifetime', () => {
  it('is live within the idle window', () => {
    expect(sessionEndReason(session, limits, at('2026-03-02T09:29:59Z'))).toBeNull();
    expect(sessionEndReason(session, limits, at('2026-03-02T09:30:00Z'))).toBeNull();
  });

  it('ends after 30 idle minutes', () => {
    expect(sessionEndReason(session, limits, at('2026-03-02T09:30:01Z'))).toBe('idle timeout');
  });

  it('ends at its absolute end however active', () => {
    const active = { ...session, lastRefreshedAt: at('2026-03-02T19:59:00Z') };
    expect(sessionEndReason(active, limits, at('2026-03-02T20:00:00Z'))).toBe('absolute timeout');
  });

  it('ends when revoked', () => {
    expect(
      sessionEndReason(
        { ...session, revokedAt: at('2026-03-02T09:01:00Z') },
        limits,
        at('2026-03-02T09:02:00Z'),
      ),
    ).toBe('revoked');
  });
});
