import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '#libs/config';
import { assignRequestId } from '#libs/logging';
import { ApiExceptionFilter } from './errors/api-exception.filter.js';
import { answerUnparsableRequests } from './errors/unparsable-request.js';
import { requestValidation } from './errors/request-validation.js';
import { BodyDepthPipe } from './pipes/body-depth.pipe.js';
import { StorableTextPipe } from './pipes/storable-text.pipe.js';
import { ApiModule } from './api.module.js';
import { apiDocument } from './openapi/api-document.js';
import { securityHeaders, storeNothingByDefault } from './security-headers.js';
import { mountQueueDashboard } from './queue-dashboard/mount-queue-dashboard.js';
import { mountWebApp } from './web-app/mount-web-app.js';

/** The HTTP API as `main.ts` runs it; tests build it the same way. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  return configureApiApp(await NestFactory.create(ApiModule.forRoot(config), { bufferLogs: true }));
}

/** Logging, validation, errors, the queue dashboard, the web app and the OpenAPI document: everything the API adds to its module. */
export function configureApiApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Before the body parser, which runs ahead of the logger's middleware (pino-http keeps an id already there):
  // a body the parser refuses is answered with a request id too.
  app.use((request: Request & { id?: string }, response: Response, next: NextFunction) => {
    request.id = assignRequestId(request, response);
    next();
  });
  answerUnparsableRequests(app.getHttpServer());
  app.use(securityHeaders());
  app.use(storeNothingByDefault);
  app.useGlobalPipes(new BodyDepthPipe(), new StorableTextPipe(), requestValidation());
  app.useGlobalFilters(new ApiExceptionFilter());
  mountQueueDashboard(app);
  mountWebApp(app);

  SwaggerModule.setup('docs', app, () => apiDocument(app));
  return app;
}
