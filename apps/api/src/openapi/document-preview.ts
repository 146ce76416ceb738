import type { OpenAPIObject } from '@nestjs/swagger';
import { NestFactory } from '@nestjs/core';
import { readApiConfig } from '#libs/config';
import { ApiModule } from '../api.module.js';
import { apiDocument } from './api-document.js';

/**
 * The OpenAPI document without a running API: Nest's preview mode builds the module graph and
 * reads the controllers and DTOs, and connects to nothing (no database, no Redis).
 */
export async function previewApiDocument(): Promise<OpenAPIObject> {
  // Addresses nothing listens on: preview mode never connects.
  const config = readApiConfig({ DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview', JWT_SECRET: 'p'.repeat(32), REDIS_URL: 'redis://127.0.0.1:1' });
  const app = await NestFactory.create(ApiModule.forRoot(config), { preview: true, logger: false });
  try {
    return apiDocument(app);
  } finally {
    await app.close();
  }
}
