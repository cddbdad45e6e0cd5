import { z } from 'zod';
import { idSchema } from '@bastion/shared-contracts';
import { orgKindSchema, roleSchema } from './roles';

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type Login = z.infer<typeof loginSchema>;

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const refreshSchema = z.strictObject({ refreshToken: z.string().min(16).max(256) });
export type Refresh = z.infer<typeof refreshSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type ChangePassword = z.infer<typeof changePasswordSchema>;

export const meRoleSchema = z.object({
  role: roleSchema,
  org: z.object({ id: idSchema, name: z.string(), kind: orgKindSchema }),
});

export const meSchema = z.object({
  userId: idSchema,
  username: z.string(),
  displayName: z.string(),
  personId: idSchema.nullable(),
  isAdmin: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(meRoleSchema),
  /** Each permission with the organisations (subtree roots) where the caller holds it; `all` for administrators. */
  scopes: z.record(
    z.string(),
    z.union([z.literal('all'), z.array(z.object({ id: idSchema, name: z.string() }))]),
  ),
});
export type Me = z.infer<typeof meSchema>;
