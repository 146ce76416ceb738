import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { testConfig } from '#libs/testing/test-config';
import { AuthenticationException, AuthenticationFailure } from './authentication.exception.js';
import { TokenService } from './token.service.js';

describe('TokenService', () => {
  const config = testConfig('postgres://unused@127.0.0.1/unused', { jwtTtlSeconds: 900 });
  const jwt = new JwtService({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
  const tokens = new TokenService(jwt, config);
  const subject = { id: randomUUID(), tenantId: randomUUID(), role: 'finance' as const, sessionEpoch: 4 };

  const failureOf = async (token: string) => {
    try {
      await tokens.verify(token);
    } catch (error) {
      if (error instanceof AuthenticationException) return error.failure;
      throw error;
    }
    throw new Error('expected the token to be refused');
  };

  it('issues a token valid for the configured lifetime, carrying user, tenant, role and epoch', async () => {
    const now = new Date();
    const { accessToken, expiresAt } = await tokens.issue(subject, now);
    const iat = Math.floor(now.getTime() / 1000);
    expect(expiresAt).toEqual(new Date((iat + 900) * 1000));
    await expect(tokens.verify(accessToken)).resolves.toEqual({
      sub: subject.id,
      tenantId: subject.tenantId,
      role: 'finance',
      epoch: 4,
      iat,
      exp: iat + 900,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('makes two logins in the same second two tokens, so that each session has its own CSRF token', async () => {
    const now = new Date();
    const [first, second] = await Promise.all([tokens.issue(subject, now), tokens.issue(subject, now)]);
    expect(first.accessToken).not.toBe(second.accessToken);
  });

  it('calls a token past its expiry expired', async () => {
    const { accessToken } = await tokens.issue(subject, new Date(Date.now() - 901_000));
    await expect(failureOf(accessToken)).resolves.toBe(AuthenticationFailure.TokenExpired);
  });

  it.each([
    ['garbage', 'not-a-token'],
    ['a token of another secret', new JwtService({ secret: 'another secret of at least 32 characters' }).sign({ sub: 'x' })],
  ])('calls %s invalid', async (_, token) => {
    await expect(failureOf(token)).resolves.toBe(AuthenticationFailure.TokenInvalid);
  });

  it.each([
    ['a role nobody has', { role: 'mayor' }],
    ['a user id that is no UUID', { sub: "1' OR '1'='1" }],
    ['a fractional epoch', { epoch: 1.5 }],
  ])('calls a signed token with %s invalid', async (_, change) => {
    const now = Math.floor(Date.now() / 1000);
    const token = jwt.sign({ sub: subject.id, tenantId: subject.tenantId, role: 'finance', epoch: 0, iat: now, exp: now + 60, ...change });
    await expect(failureOf(token)).resolves.toBe(AuthenticationFailure.TokenInvalid);
  });
});
