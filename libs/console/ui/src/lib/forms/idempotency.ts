import type { ApiError } from '../api/api-error';

/** A fresh idempotency key per click. `randomUUID` needs a secure context; plain HTTP gets the same shape. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Whether a retry should send the same idempotency key: yes when the call may have reached the
 * service without an answer coming back (no connection, a gateway or server failure), so the
 * service can recognise the repeat; no after a refusal, which recorded nothing.
 */
export function keepKeyAfter(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500;
}
