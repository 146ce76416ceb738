import { CodedException } from '#libs/errors';

/** Refusals of a request before any capability sees it: the HTTP layer's own. */
export enum RequestErrorCode {
  /** A field missing, of the wrong type, unknown, too long …: 400, `problems` names each field. */
  Invalid = 'REQUEST_INVALID',
  /** The body is not JSON (or not in the charset it claims): 400. */
  Malformed = 'REQUEST_MALFORMED',
  /** The body is above the parser's limit: 413. */
  TooLarge = 'REQUEST_TOO_LARGE',
  /** A body type the route does not read: 415. */
  UnsupportedMediaType = 'REQUEST_UNSUPPORTED_MEDIA_TYPE',
  /** Headers above what the parser takes: 431. */
  HeadersTooLarge = 'REQUEST_HEADERS_TOO_LARGE',
  /** The request did not arrive whole within the server's time for it: 408; send it again. */
  Timeout = 'REQUEST_TIMEOUT',
  /** No route for this method and path: 404. */
  RouteNotFound = 'ROUTE_NOT_FOUND',
  /** PostgreSQL cannot be reached just now: 503 with Retry-After; the request may be sent again. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** A defect of ours: 500, logged with its stack; the answer carries only the request id. */
  Internal = 'INTERNAL_ERROR',
}

export class RequestException extends CodedException<RequestErrorCode> {}
