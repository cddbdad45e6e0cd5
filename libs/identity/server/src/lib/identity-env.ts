import { z } from 'zod';
import { envInteger, serviceEnvSchema } from '@bastion/platform-config';

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

export const identityEnvSchema = serviceEnvSchema.extend({
  /** Master key for ID numbers at rest (encryption and lookup digest are derived from it). */
  ID_NUMBER_KEY: base64Key,
  ACCESS_TOKEN_TTL_SECONDS: envInteger(30, 3600, 300),
  SESSION_IDLE_MINUTES: envInteger(1, 24 * 60, 30),
  SESSION_ABSOLUTE_HOURS: envInteger(1, 72, 12),
  LOCKOUT_THRESHOLD: envInteger(1, 100, 5),
  LOCKOUT_MINUTES: envInteger(1, 24 * 60, 15),
  /** Sign-ins, refreshes and password changes one account may attempt per window. */
  AUTH_RATE_LIMIT_PER_ACCOUNT: envInteger(1, 1000, 10),
  /** The same, per client address (an office behind one NAT shares it). */
  AUTH_RATE_LIMIT_PER_ADDRESS: envInteger(1, 100_000, 100),
  AUTH_RATE_WINDOW_SECONDS: envInteger(1, 3600, 60),
});

export type IdentityEnv = z.infer<typeof identityEnvSchema>;
