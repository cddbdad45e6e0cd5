import { z } from 'zod';
import { serviceEnvSchema } from '@bastion/platform-config';

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

export const identityEnvSchema = serviceEnvSchema.extend({
  /** Master key for ID numbers at rest (encryption and lookup digest are derived from it). */
  ID_NUMBER_KEY: base64Key,
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Sign-ins, refreshes and password changes one account may attempt per window. */
  AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(10),
  /** The same, per client address (an office behind one NAT shares it). */
  AUTH_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
  AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export type IdentityEnv = z.infer<typeof identityEnvSchema>;
