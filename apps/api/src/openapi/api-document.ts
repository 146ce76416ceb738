import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponseDto } from '../errors/error-response.dto.js';
import { addCaseEventSchemas, CASE_EVENT_BODY_CLASSES } from './case-event-schemas.js';
import { addCommonRefusals } from './common-refusals.js';

/** The OpenAPI document of the API, generated from its controllers and DTOs (served at /docs-json). */
export function apiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Community grants API')
    .setDescription(
      '相談 → 申請 → 審査 → 交付 → 精算: cases of municipal community grants. Refusals answer ErrorResponseDto, in Japanese unless `Accept-Language: en`.',
    )
    .setVersion('0.1.0')
    // Every route but /health, /docs and POST /auth/login wants a session: the bearer token, or the session cookie (with X-CSRF-Token on writes).
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'accessToken from POST /auth/login' })
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [...CASE_EVENT_BODY_CLASSES, ErrorResponseDto] });
  addCaseEventSchemas(document);
  addCommonRefusals(document);
  return document;
}
