import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from './openapi-types.js';
import { CASE_EVENT_LABELS } from '#libs/lifecycle';
import { NoBodyDto } from '../cases/dto/case-event-bodies.dto.js';
import { CASE_EVENT_BODIES, CLIENT_EVENT_TYPES, type ClientEventType } from '../cases/dto/case-event-registry.js';

/** The schema of POST /cases/{id}/events: one of the events, told apart by `type`. */
export const CASE_EVENT_SCHEMA_NAME = 'CaseEvent';

/** SUBMIT → SubmitEvent, RETURN_FOR_CORRECTION → ReturnForCorrectionEvent. */
export const eventSchemaName = (type: ClientEventType): string =>
  `${type
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}Event`;

/** The body classes the event schemas are built on, registered with the document; an event without fields needs none. */
export const CASE_EVENT_BODY_CLASSES = [...new Set(Object.values(CASE_EVENT_BODIES))].filter((body) => body !== NoBodyDto);

/**
 * Adds one schema per event (its body class and its `type`), and CaseEvent: one of them,
 * discriminated on `type`. The body classes are shared by events with the same fields (SUBMIT
 * and RESUBMIT file the same form); each event still gets a schema of its own, so a client
 * generated from the document has one type per event.
 */
export function addCaseEventSchemas(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ??= {};
  const mapping: Record<string, string> = {};
  for (const type of CLIENT_EVENT_TYPES) {
    const name = eventSchemaName(type);
    const label = CASE_EVENT_LABELS[type];
    const body = CASE_EVENT_BODIES[type].name;
    const typeOnly: SchemaObject = {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: [type], description: `${label.ja} / ${label.en}` } },
    };
    // An empty body schema would type the event as Record<string, never> & { type }, which no value satisfies.
    schemas[name] =
      CASE_EVENT_BODIES[type] === NoBodyDto
        ? { description: `${label.ja} / ${label.en}`, ...typeOnly }
        : { description: `${label.ja} / ${label.en}`, allOf: [{ $ref: `#/components/schemas/${body}` }, typeOnly] };
    mapping[type] = `#/components/schemas/${name}`;
  }
  schemas[CASE_EVENT_SCHEMA_NAME] = {
    description: 'イベント1件：type で項目が決まります / one event: `type` picks its fields',
    oneOf: CLIENT_EVENT_TYPES.map((type) => ({ $ref: mapping[type] as string })),
    discriminator: { propertyName: 'type', mapping },
  };
}
