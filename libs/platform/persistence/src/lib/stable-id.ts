import { createHash } from 'node:crypto';

/**
 * A UUID made from its parts, the same every time: an id derived from a business key (a caller
 * and their idempotency key, a batch and a spreadsheet row) so that doing a thing twice finds the
 * first record instead of making a second. Laid out as an RFC 9562 version-8 (custom) UUID.
 */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
