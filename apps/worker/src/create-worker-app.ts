import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '#libs/config';
import { WorkerModule } from './worker.module.js';

/**
 * The BullMQ worker, with a small HTTP server for its health probe only.
 * On SIGTERM/SIGINT Nest closes the BullMQ workers, which wait for jobs in flight.
 */
export async function createWorkerApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}
