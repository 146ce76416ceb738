import { Module } from '@nestjs/common';
import { ListMyNotifications } from './list-my-notifications.usecase.js';
import { MarkNotificationRead } from './mark-notification-read.usecase.js';
import { MyNotificationSettings } from './notification-settings.usecase.js';

/** What the API offers a user about their own notifications. */
@Module({
  providers: [ListMyNotifications, MarkNotificationRead, MyNotificationSettings],
  exports: [ListMyNotifications, MarkNotificationRead, MyNotificationSettings],
})
export class NotificationsModule {}
