import { Module } from '@nestjs/common';
import { NotificationsModule } from '#libs/notifications';
import { NotificationsController } from './notifications.controller.js';

/** GET /me/notifications and POST /me/notifications/{id}/read. */
@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsController],
})
export class NotificationsApiModule {}
