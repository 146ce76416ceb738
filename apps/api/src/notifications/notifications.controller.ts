import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { ListMyNotifications, MarkNotificationRead, type NotificationPage, type NotificationView } from '#libs/notifications';
import { ListNotificationsQueryDto } from './list-notifications-query.dto.js';
import { NotificationPageResponseDto, NotificationResponseDto } from './notification-response.dto.js';
import { uuidParam } from '../pipes/uuid-param.pipe.js';

const uuid = uuidParam('id', 'a notification id');

/** The caller's own in-app notifications: deadline reminders and escalations. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(
    private readonly listMyNotifications: ListMyNotifications,
    private readonly markNotificationRead: MarkNotificationRead,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your notifications, newest first, a page at a time; `unread=true` for the unread only' })
  @ApiOkResponse({ type: NotificationPageResponseDto })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListNotificationsQueryDto): Promise<NotificationPage> {
    return this.listMyNotifications.execute(user, { unread: query.unread ?? false, limit: query.limit, cursor: query.cursor ?? null });
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notifications read (again is harmless: the first reading counts)' })
  @ApiOkResponse({ type: NotificationResponseDto })
  @ApiNotFoundResponse({ description: 'NOTIFICATION_NOT_FOUND: not one of yours' })
  read(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<NotificationView> {
    return this.markNotificationRead.execute(user, id);
  }
}
