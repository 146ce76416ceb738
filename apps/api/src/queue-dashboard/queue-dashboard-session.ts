import { cookieValueOf } from '#libs/accounts';
import type { Request } from 'express';

/** Where the dashboard is served; its session cookie is sent there only. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Holds the access token for the dashboard's own page, script and JSON requests, which cannot carry a bearer header. */
export const QUEUE_DASHBOARD_COOKIE = 'grants_queue_dashboard';

const BEARER = /^Bearer +([A-Za-z0-9_.~+/-]+=*)$/i;

/** The token of a dashboard request: the Authorization header first, else the session cookie. */
export function dashboardTokenOf(request: Request): string | undefined {
  const bearer = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  return cookieValueOf(request.headers.cookie, QUEUE_DASHBOARD_COOKIE);
}

/**
 * The Set-Cookie of a dashboard session: HttpOnly (no script reads the token), SameSite=Strict
 * (no other site's page sends it), Path=/admin/queues (no other route gets it), Secure over
 * HTTPS, and gone when the token expires.
 */
export function dashboardSessionCookie(token: string, expiresAt: Date, now: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return [
    `${QUEUE_DASHBOARD_COOKIE}=${encodeURIComponent(token)}`,
    `Path=${QUEUE_DASHBOARD_PATH}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
