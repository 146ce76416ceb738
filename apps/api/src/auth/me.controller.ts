import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticationService, type AuthenticatedUser, CurrentUser, PasswordChangeExempt } from '#libs/accounts';
import { MeResponseDto } from './me-response.dto.js';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly authentication: AuthenticationService) {}

  @Get()
  @PasswordChangeExempt()
  @ApiOperation({ summary: 'The calling user: role, tenant and the organizations they act for' })
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponseDto> {
    return this.authentication.profile(user);
  }
}
