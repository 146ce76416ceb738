import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticationService, type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { MeResponseDto } from './me-response.dto.js';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly authentication: AuthenticationService) {}

  @Get()
  @ApiOperation({ summary: 'The calling user: role, tenant and the organizations they act for' })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiUnauthorizedResponse({ description: 'No valid token' })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponseDto> {
    return this.authentication.profile(user);
  }
}
