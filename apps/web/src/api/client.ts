import createClient, { type Middleware } from 'openapi-fetch';
import type { ApiPaths, ErrorResponse } from '../../../../libs/api-client/src/index.js';

/**
 * The one client of the API, typed from its OpenAPI document (libs/api-client). The session
 * is the HttpOnly cookie the browser sends by itself; every write carries the session's CSRF
 * token, which the session provider hands over after sign-in and after a reload.
 */
export const api = createClient<ApiPaths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

let onSessionEnded: () => void = () => {};
/** Called when the API answers 401 to a signed-in call: the session ended elsewhere (sign-out on another device, a password change, its time). */
export const whenSessionEnds = (handler: () => void) => {
  onSessionEnded = handler;
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', 'ja');
    if (WRITES.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // Signing in and reading the session answer 401 when nobody is signed in: that is not an end.
    const path = new URL(request.url).pathname;
    if (response.status === 401 && path !== '/auth/session') onSessionEnded();
    return response;
  },
};
api.use(session);

/** A refusal of the API as the screens show it: its Japanese message and the problems by field. */
export class ApiRefusal extends Error {
  constructor(readonly body: ErrorResponse) {
    super(body.message);
  }
  problemOf(field: string): string | undefined {
    return this.body.problems.find((problem) => problem.field === field)?.message;
  }
}

/** The data of an answer, or its refusal thrown; a network failure is thrown as it is. */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (error !== undefined || data === undefined) {
    if (isErrorResponse(error)) throw new ApiRefusal(error);
    throw new Error(`${response.status} ${response.statusText}`);
  }
  return data;
}

const isErrorResponse = (value: unknown): value is ErrorResponse =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'problems' in value;
