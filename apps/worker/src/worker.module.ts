import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '#libs/config';
import { HealthModule } from '#libs/health';
import { LoggingModule } from '#libs/logging';
import { CaseEventAcceptedHandler, CaseNewsModule } from '#libs/case-news';
import { FiscalYearCloseDeliveryModule } from '#libs/fiscal-year-close';
import { MailDeliveryModule } from '#libs/notifications';
import { OutboxModule } from '#libs/outbox';
import { DeadlineClearedHandler, DeadlineScheduledHandler, ReminderDeliveryModule } from '#libs/reminder-delivery';
import { PersistenceModule } from '#libs/persistence';
import { QueueModule } from '#libs/queue';
import { RemindersProcessor } from './reminders.processor.js';
import { SystemProcessor } from './system.processor.js';
import { WorkerHealthController } from './worker-health.controller.js';
import { WorkerLifecycle } from './worker-lifecycle.service.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        PersistenceModule.forRoot(),
        QueueModule.forRoot(),
        HealthModule,
        ReminderDeliveryModule,
        FiscalYearCloseDeliveryModule,
        MailDeliveryModule,
        // One handler per outbox topic: the relay refuses to start otherwise.
        OutboxModule.forHandlers([ReminderDeliveryModule, CaseNewsModule], [DeadlineScheduledHandler, DeadlineClearedHandler, CaseEventAcceptedHandler]),
      ],
      controllers: [WorkerHealthController],
      providers: [SystemProcessor, RemindersProcessor, WorkerLifecycle],
    };
  }
}
