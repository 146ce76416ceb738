import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '#libs/config';
import { HealthModule } from '#libs/health';
import { LoggingModule } from '#libs/logging';
import { FiscalYearCloseDeliveryModule, ReminderDeliveryModule } from '#libs/notifications';
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
      ],
      controllers: [WorkerHealthController],
      providers: [SystemProcessor, RemindersProcessor, WorkerLifecycle],
    };
  }
}
