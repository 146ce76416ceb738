import { readFile } from 'node:fs/promises';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_CLIENT_PATH, apiClientSource } from '../apps/api/src/openapi/api-client-source.js';
import { CASE_EVENT_SCHEMA_NAME, eventSchemaName } from '../apps/api/src/openapi/case-event-schemas.js';
import { previewApiDocument } from '../apps/api/src/openapi/document-preview.js';
import { CLIENT_EVENT_TYPES } from '../apps/api/src/cases/dto/case-event-registry.js';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The routes anyone may call without a session. */
const PUBLIC_OPERATIONS = ['POST /auth/login', 'POST /auth/session', 'GET /health'];

/** Routes that answer a file rather than JSON. */
const FILE_ANSWERS = ['GET /cases/export.csv', 'GET /cases/{id}/attachments/{attachmentId}', 'GET /cases/{id}/notices/{noticeId}'];

describe('the API contract (OpenAPI document built from the code, no services)', () => {
  let document: OpenAPIObject;
  const operations: Array<{ name: string; operation: Json }> = [];
  const schemas = () => (document.components?.schemas ?? {}) as Record<string, Json>;
  const resolve = (schema: Json): Json => {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    const target = schemas()[ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`${ref} names no schema`);
    return target;
  };

  beforeAll(async () => {
    document = await previewApiDocument();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operation = (item as Record<string, Json | undefined>)[method];
        if (operation) operations.push({ name: `${method.toUpperCase()} ${path}`, operation });
      }
    }
  });

  it('documents the routes a client needs', () => {
    const names = operations.map(({ name }) => name);
    expect(names).toEqual(expect.arrayContaining(['GET /cases', 'POST /cases', 'GET /cases/{id}', 'POST /cases/{id}/events', 'GET /me/tasks', 'GET /me']));
    expect(operations.length).toBeGreaterThan(30);
  });

  it('gives every route a success answer with a schema (JSON), a file, or no content', () => {
    const missing = operations.flatMap(({ name, operation }) => {
      const responses = operation.responses as Record<string, Json>;
      const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
      if (success.length === 0) return [`${name}: no success answer`];
      return success.flatMap(([status, response]) => {
        if (status === '204') return [];
        const content = response.content as Record<string, { schema?: Json }> | undefined;
        const schema = content && Object.values(content)[0]?.schema;
        if (!schema) return [`${name} ${status}: no schema`];
        if (FILE_ANSWERS.includes(name)) return [];
        const resolved = resolve(schema.type === 'array' ? (schema.items as Json) : schema);
        const properties = resolved.properties ?? resolved.allOf ?? resolved.oneOf;
        return properties ? [] : [`${name} ${status}: a schema without properties`];
      });
    });
    expect(missing).toEqual([]);
  });

  it('answers every refusal with the one error schema, and every route can be refused with 500 and 503', () => {
    const wrong = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses as Record<string, Json>).flatMap(([status, response]) => {
        if (Number(status) < 400) return [];
        const schema = (response.content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
        return schema?.$ref === '#/components/schemas/ErrorResponseDto' ? [] : [`${name} ${status}`];
      }),
    );
    expect(wrong).toEqual([]);
    for (const { name, operation } of operations) {
      expect({ name, statuses: Object.keys(operation.responses as Json) }).toEqual({ name, statuses: expect.arrayContaining(['500', '503']) });
    }
    const error = schemas().ErrorResponseDto as { required: string[] };
    expect(error.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message', 'problems', 'requestId']));
  });

  it('asks for a session on every route but the logins and health, and says each can answer 401', () => {
    const open = operations.filter(({ operation }) => !(operation.security as unknown[] | undefined)?.length).map(({ name }) => name);
    expect(open.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
    for (const { name, operation } of operations.filter((each) => !PUBLIC_OPERATIONS.includes(each.name))) {
      expect({ name, statuses: Object.keys(operation.responses as Json) }).toEqual({ name, statuses: expect.arrayContaining(['401']) });
    }
  });

  it('describes the event body as one schema per event type, told apart by `type`', () => {
    const union = schemas()[CASE_EVENT_SCHEMA_NAME] as { oneOf: Json[]; discriminator: { propertyName: string; mapping: Record<string, string> } };
    expect(union.discriminator.propertyName).toBe('type');
    expect(Object.keys(union.discriminator.mapping).sort()).toEqual([...CLIENT_EVENT_TYPES].sort());
    expect(union.oneOf).toHaveLength(CLIENT_EVENT_TYPES.length);
    const body = (document.paths['/cases/{id}/events']?.post?.requestBody as unknown as Json).content as Record<string, { schema: Json }>;
    expect(body['application/json']?.schema).toEqual({ $ref: `#/components/schemas/${CASE_EVENT_SCHEMA_NAME}` });
    for (const type of CLIENT_EVENT_TYPES) {
      const event = schemas()[eventSchemaName(type)] as ({ allOf?: Json[] } & Json) | undefined;
      expect({ type, defined: event !== undefined }).toEqual({ type, defined: true });
      // An event with fields is its body schema and its `type`; one without (ACCEPT) is its `type` alone.
      const [fields, typed] = event?.allOf ?? [{ properties: {} }, event];
      expect(((typed?.properties as Json).type as Json).enum).toEqual([type]);
      // Every field of every event is described, in Japanese and in English.
      for (const [field, property] of Object.entries((resolve(fields as Json).properties ?? {}) as Record<string, Json>)) {
        expect({ type, field, description: property.description }).toEqual({ type, field, description: expect.stringMatching(/[\u3040-\u30ff\u4e00-\u9fff].* \/ [A-Za-z]/) });
      }
    }
  });

  it('gives every request body and query parameter a schema', () => {
    const untyped = operations.flatMap(({ name, operation }) => [
      ...((operation.parameters as Json[] | undefined) ?? []).filter((parameter) => !parameter.schema).map((parameter) => `${name} ?${String(parameter.name)}`),
      ...(operation.requestBody && !Object.values((operation.requestBody as Json).content as Record<string, Json>)[0]?.schema ? [`${name} body`] : []),
    ]);
    expect(untyped).toEqual([]);
  });

  it('has a committed typed client generated from this very document (npm run api:client writes it)', async () => {
    const committed = await readFile(new URL(`../${API_CLIENT_PATH}`, import.meta.url), 'utf8');
    expect(committed === (await apiClientSource(document))).toBe(true);
  });
});
