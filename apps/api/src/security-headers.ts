import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The headers every answer carries (helmet): a Content-Security-Policy the web app lives under
 * (its scripts, styles, fonts and API calls from this origin only; styles may be inline, as
 * Swagger UI's are), no framing by any site (frame-ancestors 'none', clickjacking), nosniff,
 * and a referrer policy that keeps case ids in addresses from leaving the site.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    // Cross-origin isolation would stop a notice PDF opening in a new tab of some browsers, for no gain here.
    crossOriginEmbedderPolicy: false,
  });

/**
 * Nothing the API answers is kept by a browser's cache unless its route says otherwise (the web
 * app's files do). A case's ETag is its version, the same for everyone who reads it: kept, a
 * second person signing in on the same shared PC was answered 304 and shown the first person's
 * copy of the case. And answers carry personal data that should not stay on a shared PC.
 */
export function storeNothingByDefault(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
