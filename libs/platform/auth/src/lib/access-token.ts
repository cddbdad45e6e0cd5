import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { Principal } from './principal';

const ISSUER = 'bastion';
const AUDIENCE = 'bastion';

const claimsSchema = z.object({
  sub: z.string(),
  sid: z.string(),
  usr: z.string(),
  dn: z.string(),
  pid: z.string().nullable(),
  adm: z.boolean(),
  g: z.array(z.object({ r: z.string(), o: z.string(), p: z.string() })),
});

export class InvalidTokenError extends Error {}

/** Signs a short-lived access token carrying who the caller is and the roles they hold. */
export function signAccessToken(principal: Principal, secret: string, ttlSeconds: number): string {
  const claims: z.infer<typeof claimsSchema> = {
    sub: principal.userId,
    sid: principal.sessionId,
    usr: principal.username,
    dn: principal.displayName,
    pid: principal.personId,
    adm: principal.isAdmin,
    g: principal.grants.map((g) => ({ r: g.role, o: g.orgId, p: g.orgPath })),
  };
  return jwt.sign(claims, secret, {
    algorithm: 'HS256',
    expiresIn: ttlSeconds,
    issuer: ISSUER,
    audience: AUDIENCE,
  });
}

/** Verifies signature, algorithm, issuer, audience and expiry; returns the principal. */
export function verifyAccessToken(token: string, secret: string, now = new Date()): Principal {
  let payload: unknown;
  try {
    payload = jwt.verify(token, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      clockTimestamp: Math.floor(now.getTime() / 1000),
    });
  } catch (error) {
    throw new InvalidTokenError((error as Error).message);
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new InvalidTokenError('token claims are malformed');
  const c = claims.data;
  return {
    userId: c.sub,
    sessionId: c.sid,
    username: c.usr,
    displayName: c.dn,
    personId: c.pid,
    isAdmin: c.adm,
    grants: c.g.map((g) => ({ role: g.r, orgId: g.o, orgPath: g.p })),
  };
}
