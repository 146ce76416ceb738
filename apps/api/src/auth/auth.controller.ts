import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticationService, type AuthenticatedUser, CurrentUser, Public } from '#libs/accounts';
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
  @ApiOperation({ summary: 'Log in with the tenant code, email and password; answers an access token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: '"email or password is wrong": the same for an unknown tenant, email or password' })
  @ApiTooManyRequestsResponse({ description: 'LOGIN_ATTEMPTS tries for this account from this address within LOGIN_WINDOW_SECONDS; Retry-After says when to try again' })
  async login(@Body() body: LoginRequestDto): Promise<LoginResponseDto> {
    const { accessToken, expiresAt, user } = await this.authentication.login(body);
    return { accessToken, tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), user };
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Log out: every token issued to the user so far (on any device) stops working" })
  @ApiNoContentResponse({ description: 'Logged out' })
  @ApiUnauthorizedResponse({ description: 'No valid token' })
  async logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.authentication.logout(user);
  }
}
