import { Module } from '@nestjs/common';
import { ListMyNotifications } from './list-my-notifications.usecase.js';
import { MarkNotificationRead } from './mark-notification-read.usecase.js';

/** What the API offers a user about their own notifications. */
@Module({
  providers: [ListMyNotifications, MarkNotificationRead],
  exports: [ListMyNotifications, MarkNotificationRead],
})
export class NotificationsModule {}
