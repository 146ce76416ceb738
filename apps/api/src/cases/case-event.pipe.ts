import { Injectable, type PipeTransform } from '@nestjs/common';
import { problem } from '#libs/errors';
import type { CaseEventBody } from '#libs/lifecycle';
import { requestValidation } from '../errors/request-validation.js';
import { invalidRequest } from '../errors/validation-problems.js';
import { CASE_EVENT_BODIES, CLIENT_EVENT_TYPES, type ClientEventType } from './dto/case-event-registry.js';

const bodyValidation = requestValidation();

/**
 * Validates POST /cases/{id}/events: `type` picks the body class, and the rest of the
 * body is validated against it with the same rules as every other DTO (unknown fields refused).
 */
@Injectable()
export class CaseEventPipe implements PipeTransform<unknown, Promise<CaseEventBody>> {
  async transform(value: unknown): Promise<CaseEventBody> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalidRequest([problem(null, '送る内容は、type を持つ JSON のオブジェクトにしてください。', 'the body must be a JSON object with a type')]);
    }
    const { type, ...rest } = value as Record<string, unknown>;
    if (typeof type !== 'string' || !CLIENT_EVENT_TYPES.includes(type as ClientEventType)) {
      throw invalidRequest([problem('type', `イベントの種類（type）が正しくありません。`, `type must be one of ${CLIENT_EVENT_TYPES.join(', ')}`)]);
    }
    const metatype = CASE_EVENT_BODIES[type as ClientEventType];
    const body = (await bodyValidation.transform(rest, { type: 'body', metatype })) as object;
    return { ...body, type } as CaseEventBody;
  }
}
