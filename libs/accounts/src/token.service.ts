import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '#libs/config';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';
import type { AccessTokenClaims } from './access-token-claims.js';
import { AuthenticationException, AuthenticationFailure } from './authentication.exception.js';

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

export interface TokenSubject {
  id: string;
  tenantId: string;
  role: CaseRole;
  sessionEpoch: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signs and verifies access tokens: HS256 JWTs with the secret and lifetime of the configuration. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(subject: TokenSubject, now: Date = new Date()): Promise<IssuedToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.jwtTtlSeconds;
    const claims: AccessTokenClaims = { sub: subject.id, tenantId: subject.tenantId, role: subject.role, epoch: subject.sessionEpoch, iat, exp, jti: randomUUID() };
    return { accessToken: await this.jwt.signAsync(claims), expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a token this server signed and that has not expired; otherwise why not. */
  async verify(token: string): Promise<AccessTokenClaims> {
    let claims: Partial<Record<keyof AccessTokenClaims, unknown>>;
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch (error) {
      // jsonwebtoken's error names; it is not a dependency of ours to import from.
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new AuthenticationException(expired ? AuthenticationFailure.TokenExpired : AuthenticationFailure.TokenInvalid);
    }
    if (!isClaims(claims)) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
    return claims;
  }
}

/** A signed token without every claim (or with a non-UUID id) is not one of ours to honour. */
function isClaims(claims: Partial<Record<keyof AccessTokenClaims, unknown>>): claims is AccessTokenClaims {
  return (
    typeof claims.sub === 'string' &&
    UUID.test(claims.sub) &&
    typeof claims.tenantId === 'string' &&
    UUID.test(claims.tenantId) &&
    CASE_ROLES.includes(claims.role as CaseRole) &&
    Number.isSafeInteger(claims.epoch) &&
    typeof claims.exp === 'number' &&
    typeof claims.iat === 'number'
  );
}
