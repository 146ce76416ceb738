import fc from 'fast-check';
import { headerSafe, hostileString } from './garbage.arbitraries.js';

/** How the Authorization header is sent: the caller's own token, or something made of it or instead of it. */
export type AuthorizationVariant =
  | 'token'
  | 'none'
  | 'lower-case scheme'
  | 'two spaces'
  | 'scheme only'
  | 'token alone'
  | 'token plus a byte'
  | 'token cut short'
  | 'two tokens'
  | 'basic'
  | 'three dots'
  | 'long'
  | 'hostile';

/** Headers besides Authorization, and the ones a 400 may name. */
export interface FuzzHeaders {
  authorization: AuthorizationVariant;
  /** Garbage for the hostile variant. */
  authorizationGarbage: string;
  values: Record<string, string>;
  broken: string[];
}

/** The Authorization header of a variant, given the caller's token (null: an anonymous caller). */
export function authorizationHeader(variant: AuthorizationVariant, token: string | null, garbage: string): string | null {
  const real = token ?? 'no.token.here';
  switch (variant) {
    case 'token':
      return token === null ? null : `Bearer ${real}`;
    case 'none':
      return null;
    case 'lower-case scheme':
      return `bearer ${real}`;
    case 'two spaces':
      return `Bearer  ${real}`;
    case 'scheme only':
      return 'Bearer';
    case 'token alone':
      return real;
    case 'token plus a byte':
      return `Bearer ${real}x`;
    case 'token cut short':
      return `Bearer ${real.slice(0, -3)}`;
    case 'two tokens':
      return `Bearer ${real} ${real}`;
    case 'basic':
      return `Basic ${Buffer.from('admin:admin').toString('base64')}`;
    case 'three dots':
      return 'Bearer a.b.c';
    case 'long':
      // Below node's 16 KiB header limit, which answers 431 before the API sees the request.
      return `Bearer ${'A'.repeat(6000)}`;
    case 'hostile':
      return headerSafe(`Bearer ${garbage}`);
  }
}

const maybe = (name: string, values: fc.Arbitrary<string>, weight = 3): fc.Arbitrary<Record<string, string>> =>
  fc.oneof({ weight, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: values.map((value) => ({ [name]: value })) });

/**
 * If-Match (versions, stale ones, malformed ones), Idempotency-Key (a few reused keys, so the
 * same key meets different requests; too long; blank), X-Request-Id and Accept with hostile
 * values, and the Authorization variants.
 */
export const fuzzHeaders: fc.Arbitrary<FuzzHeaders> = fc
  .record({
    authorization: fc.oneof(
      { weight: 12, arbitrary: fc.constant<AuthorizationVariant>('token') },
      {
        weight: 1,
        arbitrary: fc.constantFrom<AuthorizationVariant>(
          'none',
          'lower-case scheme',
          'two spaces',
          'scheme only',
          'token alone',
          'token plus a byte',
          'token cut short',
          'two tokens',
          'basic',
          'three dots',
          'long',
          'hostile',
        ),
      },
    ),
    authorizationGarbage: hostileString.map((text) => text.slice(0, 200)),
    ifMatch: maybe('If-Match', fc.oneof(fc.constantFrom('"1"', '"2"', 'W/"3"', '7', '*', '""', '"-1"', '"1234567890"', '"1", "2"', 'W/'), hostileString.map((text) => headerSafe(text.slice(0, 200))))),
    idempotencyKey: maybe(
      'Idempotency-Key',
      fc.oneof(fc.constantFrom('fuzz-key-1', 'fuzz-key-2', ' ', 'k'.repeat(201)), fc.uuid(), hostileString.map((text) => headerSafe(text.slice(0, 300)))),
    ),
    requestId: maybe('X-Request-Id', fc.oneof(fc.constantFrom('fuzz-request-1', 'x'.repeat(129), '../../x', 'a b'), hostileString.map((text) => headerSafe(text.slice(0, 200))))),
    accept: maybe('Accept', fc.constantFrom('text/csv', 'application/xml', '*/*', 'text/html;q=0.1, text/csv', 'garbage/;;;')),
  })
  .map(({ authorization, authorizationGarbage, ifMatch, idempotencyKey, requestId, accept }) => ({
    authorization,
    authorizationGarbage,
    values: { ...ifMatch, ...idempotencyKey, ...requestId, ...accept },
    broken: 'If-Match' in ifMatch ? ['If-Match'] : [],
  }));

/** Whether the request reaches the API with the caller's identity intact. */
export const keepsIdentity = (variant: AuthorizationVariant): boolean => variant === 'token' || variant === 'lower-case scheme' || variant === 'two spaces';
