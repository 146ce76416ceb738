import { Body, Controller, Header, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticationService, type AuthenticatedUser, clearedSessionCookie, CurrentUser, isHttps, PasswordChangeExempt, Public } from '#libs/accounts';
import { ApiRefusals } from '../errors/api-refusals.decorator.js';
import { LoginRequestDto } from './login-request.dto.js';
import { LoginThrottleGuard } from './login-throttle.guard.js';
import { LoginResponseDto } from './login-response.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly authentication: AuthenticationService) {}

  @Public()
  @UseGuards(LoginThrottleGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Log in with the tenant code, email and password; answers an access token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'AUTH_WRONG_CREDENTIALS: the same for an unknown tenant, email or password' })
  @ApiRefusals({ 429: 'AUTH_TOO_MANY_ATTEMPTS: LOGIN_ATTEMPTS tries for this account from this address within LOGIN_WINDOW_SECONDS; Retry-After says when to try again' })
  async login(@Body() body: LoginRequestDto): Promise<LoginResponseDto> {
    const { accessToken, expiresAt, user, passwordChangeRequired } = await this.authentication.login(body);
    return { accessToken, tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), user, passwordChangeRequired };
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @PasswordChangeExempt()
  @ApiOperation({ summary: 'Log out: every token issued to the user so far (on any device) stops working, and the session cookie goes' })
  @ApiNoContentResponse({ description: 'Logged out' })
  async logout(@CurrentUser() user: AuthenticatedUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.authentication.logout(user);
    response.setHeader('Set-Cookie', clearedSessionCookie(isHttps(request)));
  }
}
