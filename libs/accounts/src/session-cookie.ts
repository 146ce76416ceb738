/** The browser session: the access token in a cookie no script can read. */
export const SESSION_COOKIE = 'grants_session';

/** The header a cookie session's writes carry: the CSRF token `GET /auth/session` gives the web app. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The Set-Cookie of a browser session: HttpOnly (no script reads the token), SameSite=Strict
 * (no other site's page sends it), Path=/, Secure over HTTPS, gone when the token expires.
 */
export function sessionCookie(token: string, expiresAt: Date, now: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, 'Path=/', `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

/** The Set-Cookie that ends a browser session. */
export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

/** The token of the session cookie in a Cookie header, if there is one. */
export const sessionTokenOf = (cookieHeader: string | undefined): string | undefined => cookieValueOf(cookieHeader, SESSION_COOKIE);

/** One cookie's value in a Cookie header; a value that is not valid percent-encoding counts as absent. */
export function cookieValueOf(cookieHeader: string | undefined, name: string): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      const value = pair.slice(separator + 1).trim();
      try {
        return value ? decodeURIComponent(value) : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
