import { text } from '#libs/errors';
import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { CreateUser, type CreatedUserView, ListUsers, ResetUserPassword, SignOutUser, UpdateUser, type UserView } from '#libs/administration';
import { AdministratorsOnly } from './administrators-only.decorator.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { CreatedUserResponseDto } from './dto/created-user-response.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { PasswordResetResponseDto } from './dto/password-reset-response.dto.js';
import { UserResponseDto } from './dto/user-response.dto.js';
import { uuidParam } from '../pipes/uuid-param.pipe.js';

const userId = uuidParam('id', 'a user id');

@ApiTags('admin')
@ApiBearerAuth()
@AdministratorsOnly(text('利用者の管理', 'manage users'))
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly listUsers: ListUsers,
    private readonly createUser: CreateUser,
    private readonly updateUser: UpdateUser,
    private readonly signOutUser: SignOutUser,
    private readonly resetUserPassword: ResetUserPassword,
  ) {}

  @Get()
  @ApiOperation({ summary: "Your municipality's users, with role, liaison areas and organizations (admin)" })
  @ApiOkResponse({ type: [UserResponseDto] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<UserView[]> {
    return this.listUsers.execute(user);
  }

  @Post()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Create a user with one role, and a password of 12 characters or more or, without one, a one-time password to hand over (admin)',
  })
  @ApiCreatedResponse({ type: CreatedUserResponseDto })
  @ApiBadRequestResponse({ description: 'a field is missing, wrong or unknown; ADMIN_LIAISON_AREAS_FOR_OFFICERS_ONLY' })
  @ApiConflictResponse({ description: 'ADMIN_EMAIL_TAKEN: another user of the municipality has the email (in any case)' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateUserDto): Promise<CreatedUserView> {
    const { email, displayName, role, password, liaisonAreas } = body;
    return this.createUser.execute(user, { email, displayName, role, password, liaisonAreas });
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's name, role or liaison areas; a new role ends the user's tokens (admin)" })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiNotFoundResponse({ description: 'ADMIN_USER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ADMIN_OWN_ADMIN_ROLE: you may not remove your own admin role' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', userId) id: string, @Body() body: UpdateUserDto): Promise<UserView> {
    const { displayName, role, liaisonAreas } = body;
    return this.updateUser.execute(user, id, { displayName, role, liaisonAreas });
  }

  @Post(':id/sign-out')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End every token of the user, on every device (admin)' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiNotFoundResponse({ description: 'ADMIN_USER_NOT_FOUND' })
  async signOut(@CurrentUser() user: AuthenticatedUser, @Param('id', userId) id: string): Promise<void> {
    await this.signOutUser.execute(user, id);
  }

  @Post(':id/password-reset')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Reset a user’s password to a one-time one, to hand over: they must change it at their next login; every session of theirs ends (admin)',
  })
  @ApiOkResponse({ type: PasswordResetResponseDto })
  @ApiNotFoundResponse({ description: 'ADMIN_USER_NOT_FOUND' })
  resetPassword(@CurrentUser() user: AuthenticatedUser, @Param('id', userId) id: string): Promise<PasswordResetResponseDto> {
    return this.resetUserPassword.execute(user, id);
  }
}
