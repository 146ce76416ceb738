import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestDatabase, freePort, testConfig, type TestDatabase } from '#libs/testing';
import { createApiApp } from '../apps/api/src/create-api-app.js';

describe('API health and documentation (real PostgreSQL and Redis)', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    app = await createApiApp(testConfig(database.url));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers /health with 200 when PostgreSQL and Redis are up', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.info.database.status).toBe('up');
    expect(response.body.info.redis).toMatchObject({ status: 'up', address: '127.0.0.1:6379' });
  });

  it('serves the OpenAPI document at /docs, describing /health', async () => {
    const page = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(page.text).toContain('swagger-ui');
    const document = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(document.body.info.title).toBe('Community grants API');
    expect(Object.keys(document.body.paths)).toContain('/health');
  });

  it("keeps a caller's request id and makes one when there is none", async () => {
    const kept = await request(app.getHttpServer()).get('/health').set('x-request-id', 'desk-42.call-7');
    expect(kept.headers['x-request-id']).toBe('desk-42.call-7');
    const made = await request(app.getHttpServer()).get('/health').set('x-request-id', 'has spaces; and junk');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a body the parser refuses (malformed, of an unknown charset, nested 30,000 deep) with an error code and the request id', async () => {
    const send = (contentType: string, body: string) => request(app.getHttpServer()).post('/auth/login').set('Content-Type', contentType).send(body);
    const refusals = [
      [await send('application/json', '{"tenant":'), 400, 'REQUEST_MALFORMED'],
      [await send('application/json; charset=latin1', '{}'), 415, 'REQUEST_UNSUPPORTED_MEDIA_TYPE'],
      [await send('application/json', `${'['.repeat(30_000)}${']'.repeat(30_000)}`), 400, 'REQUEST_INVALID'],
    ] as const;
    for (const [response, statusCode, code] of refusals) {
      expect(response.body).toMatchObject({ statusCode, code, requestId: response.headers['x-request-id'] });
      expect(response.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(refusals[0][0].body.message).toBe('送られた内容を読み取れません（JSON の形式が正しくありません）。');
    expect(refusals[2][0].body.problems).toEqual([{ field: null, message: '送られた内容の入れ子が深すぎます（32段まで）。' }]);
  });

  it('answers raw Japanese in an address (unencoded, which the HTTP parser refuses) with the error body and a request id, not a bare 400', async () => {
    const server = app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      let received = '';
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(Buffer.concat([Buffer.from('GET /cases?program='), Buffer.from('協働支援', 'utf8'), Buffer.from(' HTTP/1.1\r\nHost: grants.example\r\n\r\n')])),
      );
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });
    const [head, body] = answer.split('\r\n\r\n') as [string, string];
    expect(head).toMatch(/^HTTP\/1.1 400 Bad Request\r\n/);
    expect(head).toContain('Content-Type: application/json; charset=utf-8');
    const requestId = /X-Request-Id: ([0-9a-f-]{36})/.exec(head)?.[1];
    expect(JSON.parse(body)).toEqual({
      statusCode: 400,
      code: 'REQUEST_MALFORMED',
      message: 'アドレス（URL）に使えない文字が含まれています。日本語などはエンコードしてから送ってください（encodeURIComponent）。',
      problems: [],
      requestId,
    });
  });

  it('refuses an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const response = await request(app.getHttpServer()).get('/no-such-thing').expect(404);
    expect(response.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: 'そのアドレスの機能はありません。' });
  });

  describe('pointed at a Redis port where nothing listens', () => {
    let deafApp: INestApplication;
    let deadPort: number;

    beforeAll(async () => {
      deadPort = await freePort();
      deafApp = await createApiApp(testConfig(database.url, { redisUrl: `redis://127.0.0.1:${deadPort}` }));
      await deafApp.init();
    });

    afterAll(async () => {
      await deafApp?.close();
    });

    it('still boots, and /health answers 503 naming Redis and why', async () => {
      const response = await request(deafApp.getHttpServer()).get('/health').expect(503);
      expect(response.body.status).toBe('error');
      expect(response.body.info.database.status).toBe('up');
      expect(response.body.error.redis.status).toBe('down');
      expect(response.body.error.redis.message).toBe(
        `Redis at 127.0.0.1:${deadPort} is unreachable: connect ECONNREFUSED 127.0.0.1:${deadPort}`,
      );
    });

    it('keeps answering 503 on later checks, without hanging', async () => {
      for (let check = 0; check < 3; check++) {
        const response = await request(deafApp.getHttpServer()).get('/health').expect(503);
        expect(Object.keys(response.body.error)).toEqual(['redis']);
      }
    });
  });
});
