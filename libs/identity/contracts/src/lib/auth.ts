import { z } from 'zod';
import { idSchema, line } from '@bastion/shared-contracts';
import { orgRefSchema } from './org';
import { roleSchema } from './roles';
import { accountFields } from './users';

export const loginSchema = z.strictObject({
  username: line.trim().min(1).max(64),
  password: line.min(1).max(256),
});
export type Login = z.infer<typeof loginSchema>;

export const tokenPairSchema = z.object({
  accessToken: line,
  refreshToken: line,
  /** Seconds until the access token expires. */
  expiresIn: z.int32(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const refreshSchema = z.strictObject({ refreshToken: line.min(16).max(256) });
export type Refresh = z.infer<typeof refreshSchema>;

/** The session behind the caller's access token is live (revoked or ended sessions get 401). */
export const sessionStateSchema = z.object({ sessionId: line, mustChangePassword: z.boolean() });
export type SessionStateView = z.infer<typeof sessionStateSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: line.min(1).max(256),
  newPassword: line.min(1).max(256),
});
export type ChangePassword = z.infer<typeof changePasswordSchema>;

export const meRoleSchema = z.object({
  role: roleSchema,
  org: orgRefSchema,
});

export const meSchema = z.object({
  userId: idSchema,
  ...accountFields,
  mustChangePassword: z.boolean(),
  roles: z.array(meRoleSchema),
  /** Each permission with the organisations (subtree roots) where the caller holds it; `all` for administrators. */
  scopes: z.record(
    z.string(),
    z.union([z.literal('all'), z.array(z.object({ id: idSchema, name: line }))]),
  ),
});
export type Me = z.infer<typeof meSchema>;
