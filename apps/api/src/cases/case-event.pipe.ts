import { BadRequestException, Injectable, type PipeTransform, ValidationPipe } from '@nestjs/common';
import type { CaseEventBody } from '#libs/lifecycle';
import { CASE_EVENT_BODIES, CLIENT_EVENT_TYPES, type ClientEventType } from './dto/case-event-registry.js';

const bodyValidation = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });

/**
 * Validates POST /cases/{id}/events: `type` picks the body class, and the rest of the
 * body is validated against it with the same rules as every other DTO (unknown fields refused).
 */
@Injectable()
export class CaseEventPipe implements PipeTransform<unknown, Promise<CaseEventBody>> {
  async transform(value: unknown): Promise<CaseEventBody> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new BadRequestException(['the body must be a JSON object with a type']);
    }
    const { type, ...rest } = value as Record<string, unknown>;
    if (typeof type !== 'string' || !CLIENT_EVENT_TYPES.includes(type as ClientEventType)) {
      throw new BadRequestException([`type must be one of ${CLIENT_EVENT_TYPES.join(', ')}`]);
    }
    const metatype = CASE_EVENT_BODIES[type as ClientEventType];
    const body = (await bodyValidation.transform(rest, { type: 'body', metatype })) as object;
    return { ...body, type } as CaseEventBody;
  }
}
