import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Clock } from '#libs/clock';
import type { AppConfig } from '#libs/config';
import type { SettableClock } from './settable-clock.js';
import { type SeededTenant, seedTenant, TEST_PASSWORD } from './tenant.factory.js';
import { testConfig } from './test-config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** Who logs in: a seeded user of the tenant, or one a test added itself with TEST_PASSWORD. */
export type ApiTestUser = keyof SeededTenant['users'] | { email: string };

/**
 * Requests with one user's bearer token. They ask for English (`Accept-Language: en`), so specs
 * compare refusals with the English texts beside the rules; the Japanese ones, which people get
 * by default, are asserted in `test/case-actions.e2e-spec.ts` and beside the routes that give them.
 */
export interface ApiTestClient {
  get(path: string): request.Test;
  /** A GET whose answer is collected as bytes (`body` is a Buffer), whatever its content type. */
  download(path: string): request.Test;
  post(path: string, body?: object, headers?: Record<string, string>): request.Test;
  patch(path: string, body: object): request.Test;
  put(path: string, body: object): request.Test;
  delete(path: string): request.Test;
  /** A multipart POST: the fields, and one file as the part named `file`. */
  upload(path: string, fields: Record<string, string>, file: { name: string; type: string; content: Buffer }): request.Test;
}

export interface ApiTestApp {
  app: INestApplication;
  database: TestDatabase;
  /** Seeded in the order given. */
  tenants: SeededTenant[];
  /** A login of `who`, done once per user and reused; `of` is the first tenant unless told. */
  tokenOf(who: ApiTestUser, of?: SeededTenant): Promise<string>;
  as(who: ApiTestUser, of?: SeededTenant): Promise<ApiTestClient>;
  /** Closes the API and drops its database. */
  close(): Promise<void>;
}

export interface ApiTestAppOptions {
  /** The API under test, `ApiModule` and `configureApiApp`: given by the test, as a lib never imports an app. */
  module: { forRoot(config: AppConfig): DynamicModule };
  configure(app: INestApplication): INestApplication;
  /** Codes of the municipalities to seed. */
  tenants: [string, ...string[]];
  /** Replaces the API's `Clock`; without it the API reads the real time. */
  clock?: SettableClock;
  /** Over `testConfig`'s defaults. */
  config?: Partial<AppConfig>;
}

/**
 * The HTTP API on a fresh migrated database, built as `main.ts` builds it, with seeded
 * municipalities and logins of their users.
 */
export async function startApiTestApp(options: ApiTestAppOptions): Promise<ApiTestApp> {
  const database = await createTestDatabase({ migrated: true });
  let app: INestApplication | undefined;
  try {
    const tenants: SeededTenant[] = [];
    for (const code of options.tenants) tenants.push(await seedTenant(database, code));
    const builder = Test.createTestingModule({ imports: [options.module.forRoot(testConfig(database.url, options.config))] });
    if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
    app = options.configure((await builder.compile()).createNestApplication({ bufferLogs: true }));
    await app.init();
    return withLogins(app, database, tenants);
  } catch (error) {
    await app?.close();
    await database.drop();
    throw error;
  }
}

function withLogins(app: INestApplication, database: TestDatabase, tenants: SeededTenant[]): ApiTestApp {
  const [firstTenant] = tenants as [SeededTenant];
  const tokens = new Map<string, string>();
  const tokenOf = async (who: ApiTestUser, of: SeededTenant = firstTenant): Promise<string> => {
    const email = typeof who === 'string' ? of.users[who].email : who.email;
    const key = `${of.code}:${email}`;
    if (!tokens.has(key)) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ tenant: of.code, email, password: TEST_PASSWORD }).expect(200);
      tokens.set(key, response.body.accessToken);
    }
    return tokens.get(key) as string;
  };
  const as = async (who: ApiTestUser, of?: SeededTenant): Promise<ApiTestClient> => {
    const headers = { Authorization: `Bearer ${await tokenOf(who, of)}`, 'Accept-Language': 'en' };
    const server = app.getHttpServer();
    return {
      get: (path) => request(server).get(path).set(headers),
      download: (path) => request(server).get(path).set(headers).buffer(true).parse(collectBytes),
      post: (path, body = {}, extra = {}) => request(server).post(path).set(headers).set(extra).send(body),
      patch: (path, body) => request(server).patch(path).set(headers).send(body),
      put: (path, body) => request(server).put(path).set(headers).send(body),
      delete: (path) => request(server).delete(path).set(headers),
      upload: (path, fields, file) => {
        const pending = request(server).post(path).set(headers);
        for (const [name, value] of Object.entries(fields)) pending.field(name, value);
        return pending.attach('file', file.content, { filename: file.name, contentType: file.type });
      },
    };
  };
  const close = async () => {
    try {
      await app.close();
    } finally {
      await database.drop();
    }
  };
  return { app, database, tenants, tokenOf, as, close };
}

const collectBytes = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  // superagent hands the parser the incoming message, typed as the response it will become.
  const incoming = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', () => done(null, Buffer.concat(chunks)));
};
