import { DomainError } from './domain-error';

/** Too many attempts from one account or address: try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} seconds.`, 429, undefined, {
      retryAfterSeconds,
      params: { seconds: retryAfterSeconds },
    });
  }
}

export interface RateLimit {
  /** Attempts allowed within the window. */
  limit: number;
  windowSeconds: number;
}

const MAX_KEYS = 50_000;

/**
 * Counts attempts per key (an account, an address) over a sliding window, in this process. The
 * count is taken before the attempt is worked on, so a burst sent at once is cut at the limit as
 * surely as one sent in sequence.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly rule: RateLimit) {}

  /** Records an attempt under `key`; refuses it, unrecorded, when the window is already full. */
  take(key: string, now: number = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const windowMs = this.rule.windowSeconds * 1000;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - windowMs);
    if (recent.length >= this.rule.limit) {
      this.hits.set(key, recent);
      const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
      return { allowed: false, retryAfterSeconds };
    }
    recent.push(now);
    this.hits.delete(key);
    if (this.hits.size >= MAX_KEYS) this.prune(now - windowMs);
    this.hits.set(key, recent);
    return { allowed: true };
  }

  /** Throws `RateLimitedError` when any of the keys is over its limit; records the attempt otherwise. */
  takeAll(keys: string[], now: number = Date.now()): void {
    for (const key of keys) {
      const outcome = this.take(key, now);
      if (!outcome.allowed) throw new RateLimitedError(outcome.retryAfterSeconds);
    }
  }

  private prune(before: number): void {
    for (const [key, times] of this.hits) if ((times.at(-1) ?? 0) <= before) this.hits.delete(key);
    // Still full of live keys: the oldest go first (insertion order is last-use order here).
    for (const key of this.hits.keys()) {
      if (this.hits.size < MAX_KEYS) break;
      this.hits.delete(key);
    }
  }
}
