import { Module } from '@nestjs/common';
import { AccountsModule } from '#libs/accounts';
import { QueueModule } from '#libs/queue';
import { QueueDashboardAccess } from './queue-dashboard-access.service.js';
import { QueueDashboardSessionController } from './queue-dashboard-session.controller.js';

/**
 * The BullMQ queues, for the dashboard to read (the API produces no jobs), who may open it,
 * and its session route. The dashboard itself is Express, mounted by `mountQueueDashboard`.
 */
@Module({
  imports: [QueueModule.forRoot(), AccountsModule],
  controllers: [QueueDashboardSessionController],
  providers: [QueueDashboardAccess],
  exports: [QueueDashboardAccess],
})
export class QueueDashboardModule {}
