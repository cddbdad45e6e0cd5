import { RateLimitedError, SlidingWindowLimiter } from './rate-limit';

describe('the sliding-window rate limit', () => {
  const t0 = 1_000_000;

  it('allows the limit within the window and refuses the next, saying when to try again', () => {
    const limiter = new SlidingWindowLimiter({ limit: 3, windowSeconds: 60 });
    expect([0, 1, 2].map((i) => limiter.take('a', t0 + i * 1000).allowed)).toEqual([true, true, true]);
    expect(limiter.take('a', t0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it('does not count a refused attempt, and frees a slot as the oldest leaves the window', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowSeconds: 60 });
    limiter.take('a', t0);
    limiter.take('a', t0 + 30_000);
    for (let i = 0; i < 5; i++) expect(limiter.take('a', t0 + 40_000).allowed).toBe(false);
    expect(limiter.take('a', t0 + 60_001).allowed).toBe(true);
    expect(limiter.take('a', t0 + 60_002).allowed).toBe(false);
  });

  it('counts each key apart', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowSeconds: 60 });
    expect(limiter.take('account:a', t0).allowed).toBe(true);
    expect(limiter.take('account:b', t0).allowed).toBe(true);
    expect(limiter.take('account:a', t0).allowed).toBe(false);
  });

  it('throws a 429 when any of several keys is full', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowSeconds: 10 });
    limiter.takeAll(['ip:1', 'account:a'], t0);
    const refused = (() => {
      try {
        limiter.takeAll(['ip:2', 'account:a'], t0 + 1000);
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).status).toBe(429);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(9);
  });

  it('cuts a burst sent at once exactly at the limit', () => {
    const limiter = new SlidingWindowLimiter({ limit: 10, windowSeconds: 60 });
    const answers = Array.from({ length: 20 }, () => limiter.take('account:a', t0).allowed);
    expect(answers.filter(Boolean)).toHaveLength(10);
  });
});
