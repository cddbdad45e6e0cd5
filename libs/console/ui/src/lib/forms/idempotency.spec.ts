import { ApiError } from '../api/api-error';
import { keepKeyAfter, newIdempotencyKey } from './idempotency';

describe('idempotency keys', () => {
  it('makes a fresh key of UUID shape per click, also without randomUUID', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('keeps the idempotency key for a retry only when the call may have gone through', () => {
    expect(keepKeyAfter(new ApiError(0, 'NETWORK', 'offline'))).toBe(true);
    expect(keepKeyAfter(new ApiError(502, 'UNKNOWN', 'bad gateway'))).toBe(true);
    expect(keepKeyAfter(new ApiError(409, 'WRONG_STATE', 'no'))).toBe(false);
    expect(keepKeyAfter(new ApiError(400, 'VALIDATION_FAILED', 'no'))).toBe(false);
  });
});
