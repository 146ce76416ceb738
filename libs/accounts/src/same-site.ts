import type { Request } from 'express';
import { csrfRejected } from './account.exception.js';

/**
 * Whether a browser's request comes from this site: its Origin (sent by browsers on every
 * cross-site POST, and on same-site ones by most) names the host it was sent to, or the host a
 * reverse proxy forwarded from (X-Forwarded-Host, which a page of another site cannot set).
 * No Origin: not a cross-site browser write (a form or fetch of another site sends one).
 */
export function fromThisSite(request: Pick<Request, 'headers'>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return request.headers['sec-fetch-site'] !== 'cross-site';
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = request.headers['x-forwarded-host'];
  const hosts = [request.headers.host, ...(typeof forwarded === 'string' ? forwarded.split(',').map((host) => host.trim()) : [])];
  return hosts.includes(originHost);
}

/** Over HTTPS, directly or behind a proxy that says so: the session cookie is then Secure. */
export function isHttps(request: Pick<Request, 'secure' | 'headers'>): boolean {
  return request.secure || request.headers['x-forwarded-proto'] === 'https';
}

/** A browser login from this site's pages only, and as JSON (a page of another site can post a form without asking). */
export function requireSameSiteLogin(request: Pick<Request, 'headers' | 'is'>): void {
  if (!fromThisSite(request) || !request.is('application/json')) throw csrfRejected();
}
