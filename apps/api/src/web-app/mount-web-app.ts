import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppConfig } from '#libs/config';

/** Where the web app lives: the API's own routes stay at the root, so a page address never shadows one. */
export const WEB_APP_ROOT = '/app';

/**
 * The web app (apps/web, built into `webAppDir`) from the API's own origin, so the session
 * cookie and the CSRF header need no CORS. Any address under /app/ that is not a file answers
 * index.html, where the app's router takes over. Hashed assets are cached for good; index.html
 * is asked for again each time, so a new build reaches people at their next page load.
 *
 * Express's own static middleware, not @nestjs/serve-static: that module picks its loader when
 * the module is compiled, before Nest's testing module has an HTTP adapter, so under test it
 * served nothing (docs/dependencies.md).
 */
export function mountWebApp(app: INestApplication): void {
  const { webAppDir } = app.get(AppConfig);
  const assetsDir = join(webAppDir, 'assets');
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(
    WEB_APP_ROOT,
    express.static(webAppDir, {
      index: 'index.html',
      setHeaders: (response, path) => response.setHeader('Cache-Control', path.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  server.get(`${WEB_APP_ROOT}/{*page}`, (request: Request, response: Response, next: NextFunction) => {
    // A missing asset is a 404 of its own, not the app's page.
    if (request.path.startsWith(`${WEB_APP_ROOT}/assets/`)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(webAppDir, 'index.html'), (error) => error && next());
  });
}
