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
const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', 'ja');
    if (WRITES.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};
const sessionEnd: Middleware = {
  onResponse({ request, response }) {
    // Signing in and reading the session answer 401 when nobody is signed in: that is not an end.
    const path = new URL(request.url).pathname;
    if (response.status === 401 && path !== '/auth/session') onSessionEnded();
    return response;
  },
};
api.use(headers, sessionEnd);

/**
 * The same client for a read sent before the session is known (`early-case-list.ts`): its 401
 * means nobody is signed in yet, not that a session ended, so it is not reported as one.
 */
export const apiBeforeSession = createClient<ApiPaths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
apiBeforeSession.use(headers);

/**
 * The API names a field in Japanese with its API name beside it, for developers
 * (「申請額（requestedAmount）は…」); a person reads the Japanese name alone.
 */
const forPeople = (text: string): string => text.replace(/（[A-Za-z][A-Za-z0-9_.[\]]*）/g, '');

/** A refusal of the API as the screens show it: its Japanese message and the problems by field. */
export class ApiRefusal extends Error {
  readonly body: ErrorResponse;
  constructor(answer: ErrorResponse) {
    super(forPeople(answer.message));
    this.body = { ...answer, message: forPeople(answer.message), problems: answer.problems.map((problem) => ({ ...problem, message: forPeople(problem.message) })) };
  }
  problemOf(field: string): string | undefined {
    return this.body.problems.find((problem) => problem.field === field)?.message;
  }
}

/** The refusal's problem with one field, when the error is a refusal that names it. */
export const problemOf = (error: unknown, field: string): string | undefined => (error instanceof ApiRefusal ? error.problemOf(field) : undefined);

/** A refusal saying there is no such thing for this person (another organization's case, a mistyped address): the not-found page, not a form's error. */
export const isNotFound = (error: unknown): boolean => error instanceof ApiRefusal && error.body.code.endsWith('_NOT_FOUND');

/** The data of an answer, or its refusal thrown; a network failure is thrown as it is. */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (error !== undefined || data === undefined) {
    if (isErrorResponse(error)) throw new ApiRefusal(error);
    throw new Error(`${response.status} ${response.statusText}`);
  }
  return data;
}

/** The same for an answer without a body (204): nothing back, or its refusal thrown. */
export async function unwrapEmpty(pending: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { error, response } = await pending;
  if (response.ok) return;
  if (isErrorResponse(error)) throw new ApiRefusal(error);
  throw new Error(`${response.status} ${response.statusText}`);
}

const isErrorResponse = (value: unknown): value is ErrorResponse =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'problems' in value;
