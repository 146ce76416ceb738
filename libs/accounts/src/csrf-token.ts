import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The CSRF token of a cookie session: an HMAC of the session's token under the server's secret.
 * Another site can make a browser send the cookie, but cannot read the token to put in the
 * header; and a token of one session is worth nothing in another.
 */
export function csrfTokenFor(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

export function csrfTokenMatches(given: string | undefined, sessionToken: string, secret: string): boolean {
  if (!given) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken, secret));
  const received = Buffer.from(given);
  return received.length === expected.length && timingSafeEqual(received, expected);
}
