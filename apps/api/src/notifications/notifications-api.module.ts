import { Module } from '@nestjs/common';
import { NotificationsModule } from '#libs/notifications';
import { NotificationSettingsController } from './notification-settings.controller.js';
import { NotificationsController } from './notifications.controller.js';

/** GET /me/notifications, POST /me/notifications/{id}/read and GET/PUT /me/notification-settings. */
@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsController, NotificationSettingsController],
})
export class NotificationsApiModule {}
