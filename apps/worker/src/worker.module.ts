import { type BeforeApplicationShutdown, type DynamicModule, Logger, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '#libs/config';
import { HealthModule } from '#libs/health';
import { LoggingModule } from '#libs/logging';
import { PersistenceModule } from '#libs/persistence';
import { QueueModule } from '#libs/queue';
import { SystemProcessor } from './system.processor.js';
import { WorkerHealthController } from './worker-health.controller.js';

@Module({})
export class WorkerModule implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        PersistenceModule.forRoot(),
        QueueModule.forRoot(),
        HealthModule,
      ],
      controllers: [WorkerHealthController],
      providers: [SystemProcessor],
    };
  }

  beforeApplicationShutdown(signal?: string): void {
    this.logger.log(`${signal ?? 'Shutdown'} received: the BullMQ workers stop taking jobs and finish those in flight`);
  }
}
