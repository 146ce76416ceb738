import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AccountRepository } from './account.repository.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { AuthenticationException, AuthenticationFailure } from './authentication.exception.js';
import { IS_PUBLIC } from './public.decorator.js';
import { TokenService } from './token.service.js';

const BEARER = /^Bearer +([A-Za-z0-9_.~+/-]+=*)$/i;

/**
 * The API's global guard: every route but the @Public() ones wants a valid bearer token
 * whose user still exists and has not logged out since it was issued. Role and
 * memberships come from the database, not the token, so a change applies at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
      if (!token) throw new AuthenticationException(AuthenticationFailure.MissingCredentials);
      const claims = await this.tokens.verify(token);
      const account = await this.accounts.findForSession(claims.tenantId, claims.sub);
      if (!account) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
      if (account.sessionEpoch !== claims.epoch) throw new AuthenticationException(AuthenticationFailure.SignedOut);
      request.user = {
        userId: claims.sub,
        tenantId: claims.tenantId,
        role: account.role,
        organizationIds: account.organizationIds,
        liaisonAreas: account.liaisonAreas,
      };
      return true;
    } catch (error) {
      if (error instanceof AuthenticationException) challenge(context.switchToHttp().getResponse<Response>(), error);
      throw error;
    }
  }
}

/** RFC 6750: a 401 for a bearer-protected resource says so in WWW-Authenticate. */
function challenge(response: Response, { failure, text }: AuthenticationException): void {
  response.setHeader(
    'WWW-Authenticate',
    failure === AuthenticationFailure.MissingCredentials ? 'Bearer' : `Bearer error="invalid_token", error_description="${text.en}"`,
  );
}
