import { z } from 'zod';
import { idSchema, line } from '@bastion/shared-contracts';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, 'letters, digits, dot, dash and underscore only');

export const createUserSchema = z.strictObject({
  username: usernameSchema,
  personId: idSchema.nullable(),
  displayName: line.trim().min(1).max(50).optional(),
  initialPassword: line.min(1).max(256),
  isAdmin: z.boolean().default(false),
});
export type CreateUser = z.infer<typeof createUserSchema>;

/** What a login is, as the administrator's list and the caller's own session show it. */
export const accountFields = {
  username: line,
  displayName: line,
  personId: idSchema.nullable(),
  isAdmin: z.boolean(),
};

export const userSummarySchema = z.object({
  id: idSchema,
  ...accountFields,
  locked: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.iso.datetime().nullable(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;
