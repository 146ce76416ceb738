import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AppConfig } from '#libs/config';
import { csrfRejected, passwordChangeRequired } from './account.exception.js';
import { AccountRepository } from './account.repository.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { AuthenticationException, AuthenticationFailure } from './authentication.exception.js';
import { csrfTokenMatches } from './csrf-token.js';
import { PASSWORD_CHANGE_EXEMPT } from './password-change-exempt.decorator.js';
import { fromThisSite } from './same-site.js';
import { IS_PUBLIC } from './public.decorator.js';
import { CSRF_HEADER, sessionTokenOf } from './session-cookie.js';
import { TokenService } from './token.service.js';

const BEARER = /^Bearer +([A-Za-z0-9_.~+/-]+=*)$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API's global guard: every route but the @Public() ones wants a valid token (a bearer
 * header, or the web app's session cookie) whose user still exists and has not logged out
 * since it was issued. Role and memberships come from the database, not the token, so a
 * change applies at once. A write by cookie must carry the session's CSRF token and come
 * from this site; a one-time password opens only the routes that change it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountRepository,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      const bearer = BEARER.exec(request.headers.authorization ?? '')?.[1];
      const cookie = bearer ? undefined : sessionTokenOf(request.headers.cookie);
      const token = bearer ?? cookie;
      if (!token) throw new AuthenticationException(AuthenticationFailure.MissingCredentials);
      const claims = await this.tokens.verify(token);
      const account = await this.accounts.findForSession(claims.tenantId, claims.sub);
      if (!account) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
      if (account.sessionEpoch !== claims.epoch) throw new AuthenticationException(AuthenticationFailure.SignedOut);
      if (cookie && !SAFE_METHODS.has(request.method)) this.requireSameSiteWrite(request, cookie);
      if (account.passwordChangeRequired && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_EXEMPT, [context.getHandler(), context.getClass()])) {
        throw passwordChangeRequired();
      }
      request.user = {
        userId: claims.sub,
        tenantId: claims.tenantId,
        role: account.role,
        organizationIds: account.organizationIds,
        liaisonAreas: account.liaisonAreas,
      };
      request.session = {
        via: bearer ? 'bearer' : 'cookie',
        token,
        expiresAt: new Date(claims.exp * 1000),
        passwordChangeRequired: account.passwordChangeRequired,
      };
      return true;
    } catch (error) {
      if (error instanceof AuthenticationException) challenge(context.switchToHttp().getResponse<Response>(), error);
      throw error;
    }
  }

  /** A cookie is sent whoever made the browser send it: a write needs the token only this site's page has, from this site. */
  private requireSameSiteWrite(request: AuthenticatedRequest, sessionToken: string): void {
    const header = request.headers[CSRF_HEADER];
    if (fromThisSite(request) && csrfTokenMatches(typeof header === 'string' ? header : undefined, sessionToken, this.config.jwtSecret ?? '')) return;
    throw csrfRejected();
  }
}

/** RFC 6750: a 401 for a bearer-protected resource says so in WWW-Authenticate. */
function challenge(response: Response, { failure, text: said }: AuthenticationException): void {
  response.setHeader(
    'WWW-Authenticate',
    failure === AuthenticationFailure.MissingCredentials ? 'Bearer' : `Bearer error="invalid_token", error_description="${said.en}"`,
  );
}
