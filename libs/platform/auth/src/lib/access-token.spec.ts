import jwt from 'jsonwebtoken';
import { InvalidTokenError, signAccessToken, verifyAccessToken } from './access-token';
import type { Principal } from './principal';

const secret = 's'.repeat(40);
const principal: Principal = {
  userId: 'u1',
  sessionId: 's1',
  username: 'zhang.wei',
  displayName: '张伟',
  personId: 'p1',
  isAdmin: false,
  grants: [{ role: 'secretary', orgId: 'o1', orgPath: '/o1/' }],
};

describe('access tokens', () => {
  it('round-trip the principal', () => {
    expect(verifyAccessToken(signAccessToken(principal, secret, 300), secret)).toEqual(principal);
  });

  it('expire', () => {
    const token = signAccessToken(principal, secret, 300);
    expect(() => verifyAccessToken(token, secret, new Date(Date.now() + 301_000))).toThrow(InvalidTokenError);
  });

  it('refuse another secret', () => {
    expect(() => verifyAccessToken(signAccessToken(principal, secret, 300), 'x'.repeat(40))).toThrow(
      InvalidTokenError,
    );
  });

  it('refuse an unsigned token', () => {
    const unsigned = jwt.sign({ sub: 'u1' }, '', { algorithm: 'none' });
    expect(() => verifyAccessToken(unsigned, secret)).toThrow(InvalidTokenError);
  });

  it('refuse a token with foreign claims', () => {
    const foreign = jwt.sign({ sub: 'u1' }, secret, {
      algorithm: 'HS256',
      issuer: 'bastion',
      audience: 'bastion',
    });
    expect(() => verifyAccessToken(foreign, secret)).toThrow(/malformed/);
  });
});
