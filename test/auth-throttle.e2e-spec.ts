import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestDatabase, freePort, type SeededTenant, seedTenant, TEST_PASSWORD, testConfig, type TestDatabase } from '#libs/testing';
import { createApiApp } from '../apps/api/src/create-api-app.js';

const ATTEMPTS = 3;
const WINDOW_SECONDS = 600;

describe('login throttling (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let tenant: SeededTenant;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    tenant = await seedTenant(database, 'ichinoseki');
    app = await createApiApp({ ...testConfig(database.url), loginThrottle: { attempts: ATTEMPTS, attemptsPerAddress: 1000, windowSeconds: WINDOW_SECONDS } });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const login = (email: string, password: string) =>
    request(app.getHttpServer()).post('/auth/login').send({ tenant: tenant.code, email, password });

  it('refuses an account further tries from one address once the limit is reached, even with the right password, and says when to retry', async () => {
    const { email } = tenant.users.applicant;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) await login(email, 'guess ' + attempt).expect(401);

    const refused = await login(email, TEST_PASSWORD).expect(429);
    expect(refused.body).toMatchObject({ statusCode: 429, requestId: expect.any(String) });
    expect(refused.body).toMatchObject({ code: 'AUTH_TOO_MANY_ATTEMPTS', message: expect.stringMatching(/^ログインの試行が多すぎます。\d+分ほど待ってから/) });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  });

  it('counts each account on its own, so a colleague at the same address still logs in', async () => {
    await login(tenant.users.officer.email, TEST_PASSWORD).expect(200);
  });

  it('counts the email in any case as one account', async () => {
    const { email } = tenant.users.finance;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) await login(attempt % 2 ? email.toUpperCase() : email, 'wrong').expect(401);
    await login(email, TEST_PASSWORD).expect(429);
  });

  it('counts successful logins too, so the limit is a rate and not a lockout of the password holder alone', async () => {
    const { email } = tenant.users.approver;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) await login(email, TEST_PASSWORD).expect(200);
    await login(email, TEST_PASSWORD).expect(429);
  });

  it('still counts, in memory, while Redis cannot be reached, and logins still work', async () => {
    const nobodyListens = `redis://127.0.0.1:${await freePort()}`;
    const withoutRedis = await createApiApp({
      ...testConfig(database.url),
      redisUrl: nobodyListens,
      loginThrottle: { attempts: ATTEMPTS, attemptsPerAddress: 1000, windowSeconds: WINDOW_SECONDS },
    });
    await withoutRedis.init();
    try {
      const { email } = tenant.users.reviewer;
      const loginThere = () => request(withoutRedis.getHttpServer()).post('/auth/login').send({ tenant: tenant.code, email, password: TEST_PASSWORD });
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) await loginThere().expect(200);
      await loginThere().expect(429);
    } finally {
      await withoutRedis.close();
    }
  });

  it('refuses one address that tries a password on many accounts (password spraying), whatever the account', async () => {
    const sprayed = await createApiApp({ ...testConfig(database.url), loginThrottle: { attempts: ATTEMPTS, attemptsPerAddress: 5, windowSeconds: WINDOW_SECONDS } });
    await sprayed.init();
    try {
      const loginThere = (email: string, password: string) =>
        request(sprayed.getHttpServer()).post('/auth/login').send({ tenant: tenant.code, email, password });
      for (let account = 1; account <= 5; account++) await loginThere(`resident${account}@ichinoseki.example`, 'Password1').expect(401);
      const refused = await loginThere(tenant.users.officer.email, TEST_PASSWORD).expect(429);
      expect(refused.body.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
    } finally {
      await sprayed.close();
    }
  });
});
