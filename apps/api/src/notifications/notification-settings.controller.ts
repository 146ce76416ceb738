import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { MyNotificationSettings, type NotificationSettings } from '#libs/notifications';
import { ChangeNotificationSettingsDto, NotificationSettingsResponseDto } from './notification-settings.dto.js';

/** How the caller wants to hear: in the app always; by e-mail per kind of message; one e-mail a day instead of one each. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-settings')
export class NotificationSettingsController {
  constructor(private readonly settings: MyNotificationSettings) {}

  @Get()
  @ApiOperation({ summary: 'Your choice of how to hear, or the defaults (every kind by e-mail, one each)' })
  @ApiOkResponse({ type: NotificationSettingsResponseDto })
  read(@CurrentUser() user: AuthenticatedUser): Promise<NotificationSettings> {
    return this.settings.read(user);
  }

  @Put()
  @ApiOperation({ summary: 'Change your choice, from the version you read; it applies to messages written from then on' })
  @ApiOkResponse({ type: NotificationSettingsResponseDto })
  @ApiBadRequestResponse({ description: 'a field is missing or not true/false' })
  @ApiConflictResponse({ description: 'NOTIFICATION_SETTINGS_STALE (`currentVersion`): changed elsewhere since you read it; read them again' })
  change(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangeNotificationSettingsDto): Promise<NotificationSettings> {
    const { email, dailyDigest, version } = body;
    const { reminder, escalation, caseNews, fiscalYearClose } = email;
    return this.settings.change(user, { email: { reminder, escalation, caseNews, fiscalYearClose }, dailyDigest }, version);
  }
}
