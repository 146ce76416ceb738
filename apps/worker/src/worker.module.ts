import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '#libs/config';
import { HealthModule } from '#libs/health';
import { LoggingModule } from '#libs/logging';
import { PersistenceModule } from '#libs/persistence';
import { QueueModule } from '#libs/queue';
import { SystemProcessor } from './system.processor.js';
import { WorkerHealthController } from './worker-health.controller.js';

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
      ],
      controllers: [WorkerHealthController],
      providers: [SystemProcessor],
    };
  }
}
