import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from './openapi-types.js';

const ERROR_BODY = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const refusal = (description: string): ResponseObject => ({ description, content: ERROR_BODY });

/**
 * Adds the refusals every operation can answer, so a client knows the body of each: 400 where
 * the request has parameters or a body (REQUEST_INVALID, REQUEST_MALFORMED), 401 where a session
 * is needed, 413 and 415 where there is a body, 500 and 503 everywhere. A route's own refusals
 * (403, 404, 409, 422 …) come from its ApiRefusals decorator.
 */
export function addCommonRefusals(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method] as OperationObject | undefined;
      if (!operation) continue;
      const responses = operation.responses;
      const add = (status: string, description: string) => {
        const existing = responses[status] as ResponseObject | undefined;
        responses[status] = existing ? { ...existing, content: ERROR_BODY } : refusal(description);
      };
      const hasInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      if (hasInput) add('400', 'REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED');
      if (operation.security && operation.security.length > 0) {
        add('401', 'AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again)');
      }
      if (operation.requestBody !== undefined) {
        add('413', 'REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`)');
        add('415', 'REQUEST_UNSUPPORTED_MEDIA_TYPE');
      }
      add('500', 'INTERNAL_ERROR: a defect of ours; quote the requestId');
      add('503', 'SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again');
      // Every refusal carries the one error body, whoever declared it.
      for (const [status, response] of Object.entries(responses) as Array<[string, OperationObject['responses'][string]]>) {
        if (response && Number(status) >= 400 && !('$ref' in response)) response.content = ERROR_BODY;
      }
    }
  }
}
