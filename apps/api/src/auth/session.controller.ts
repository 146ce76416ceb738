import { Body, Controller, Get, Header, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  type AuthenticatedRequest,
  AuthenticationService,
  type AuthenticatedUser,
  csrfTokenFor,
  CurrentUser,
  type LoginResult,
  LoginThrottle,
  LoginThrottledException,
  isHttps,
  requireSameSiteLogin,
  PasswordChangeExempt,
  Public,
  type RequestSession,
  sessionCookie,
} from '#libs/accounts';
import { AppConfig } from '#libs/config';
import { ApiRefusals } from '../errors/api-refusals.decorator.js';
import { ChangePasswordDto } from './change-password.dto.js';
import { LoginRequestDto } from './login-request.dto.js';
import { LoginThrottleGuard } from './login-throttle.guard.js';
import { SessionResponseDto } from './session-response.dto.js';

/**
 * Browser sessions: the web app logs in here and gets an HttpOnly cookie instead of a token
 * script could read; it reads the session (time left, the CSRF token its writes carry) and
 * changes the password here. API clients keep using POST /auth/login and bearer tokens.
 */
@ApiTags('auth')
@Controller('auth')
export class SessionController {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  @Public()
  @UseGuards(LoginThrottleGuard)
  @Post('session')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store') // it carries the CSRF token (a new bearer token after a password change)
  @ApiOperation({ summary: 'Log in for a browser: sets the session cookie (HttpOnly, SameSite=Strict) and answers the CSRF token its writes carry' })
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiUnauthorizedResponse({ description: 'AUTH_WRONG_CREDENTIALS: the same for an unknown tenant, email or password' })
  @ApiRefusals({ 403: 'AUTH_CSRF_REJECTED: sent by a page of another site', 415: 'REQUEST_UNSUPPORTED_MEDIA_TYPE: JSON only', 429: 'AUTH_TOO_MANY_ATTEMPTS: Retry-After says when to try again' })
  async open(@Body() body: LoginRequestDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionResponseDto> {
    // Login CSRF: a page of another site could post a form here and log the browser into the attacker's account.
    requireSameSiteLogin(request);
    const login = await this.authentication.login(body);
    response.setHeader('Set-Cookie', sessionCookie(login.accessToken, login.expiresAt, new Date(), isHttps(request)));
    return this.sessionOf(login, 'cookie');
  }

  @Get('session')
  @Header('Cache-Control', 'no-store') // it carries the CSRF token (a new bearer token after a password change)
  @ApiBearerAuth()
  @PasswordChangeExempt()
  @ApiOperation({ summary: 'The session: whose, when it ends and the seconds left (to warn before), and for a cookie session the CSRF token' })
  @ApiOkResponse({ type: SessionResponseDto })
  async read(@CurrentUser() user: AuthenticatedUser, @Req() request: AuthenticatedRequest): Promise<SessionResponseDto> {
    const session = request.session as RequestSession;
    const profile = await this.authentication.profile(user);
    return this.sessionOf(
      {
        accessToken: session.token,
        expiresAt: session.expiresAt,
        user: { id: profile.id, displayName: profile.displayName, role: profile.role, tenant: profile.tenant },
        passwordChangeRequired: session.passwordChangeRequired,
      },
      session.via,
      false,
    );
  }

  @Post('session/renew')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store') // it carries the CSRF token (a new bearer token after a password change)
  @ApiBearerAuth()
  @PasswordChangeExempt()
  @ApiOperation({ summary: 'Renew the session before it ends (the web app\'s 「続ける」): a new cookie, or a new token in accessToken, with a full lifetime' })
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiRefusals({ 403: 'AUTH_CSRF_REJECTED' })
  async renew(@CurrentUser() user: AuthenticatedUser, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<SessionResponseDto> {
    return this.continueAs(await this.authentication.renew(user), request, response);
  }

  @Post('password')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store') // it carries the CSRF token (a new bearer token after a password change)
  @ApiBearerAuth()
  @PasswordChangeExempt()
  @ApiOperation({ summary: 'Change your own password (the current one required): every session so far ends, this one goes on as a new one' })
  @ApiOkResponse({ type: SessionResponseDto, description: 'the new session: a new cookie, or the new token in accessToken' })
  @ApiRefusals({ 403: 'AUTH_CSRF_REJECTED', 422: 'AUTH_CURRENT_PASSWORD_WRONG, AUTH_PASSWORD_UNCHANGED', 429: 'AUTH_TOO_MANY_ATTEMPTS' })
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChangePasswordDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponseDto> {
    // Guessing the current password with a stolen session is slowed as logins are.
    const decision = await this.throttle.check({ clientAddress: request.ip ?? '', tenant: user.tenantId, email: `password-change:${user.userId}` });
    if (!decision.allowed) throw new LoginThrottledException(decision.retryAfterSeconds);
    return this.continueAs(await this.authentication.changePassword(user, body.currentPassword, body.newPassword), request, response);
  }

  /** The caller goes on in a new session: a new cookie for a browser, the new token in the answer for an API client. */
  private continueAs(login: LoginResult, request: AuthenticatedRequest, response: Response): SessionResponseDto {
    const via = (request.session as RequestSession).via;
    if (via === 'cookie') response.setHeader('Set-Cookie', sessionCookie(login.accessToken, login.expiresAt, new Date(), isHttps(request)));
    return this.sessionOf(login, via);
  }

  /** `issued`: a token the caller does not have yet (a bearer client after a password change gets it in the answer). */
  private sessionOf(login: LoginResult, via: 'cookie' | 'bearer', issued = true): SessionResponseDto {
    return {
      via,
      expiresAt: login.expiresAt.toISOString(),
      secondsLeft: Math.max(0, Math.floor((login.expiresAt.getTime() - Date.now()) / 1000)),
      csrfToken: via === 'cookie' ? csrfTokenFor(login.accessToken, this.config.jwtSecret ?? '') : null,
      accessToken: via === 'bearer' && issued ? login.accessToken : null,
      passwordChangeRequired: login.passwordChangeRequired,
      user: login.user,
    };
  }
}
