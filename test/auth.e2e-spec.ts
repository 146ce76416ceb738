import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PasswordHasher, seedDemoTenant } from '#libs/accounts';
import type { AppConfig } from '#libs/config';
import { dataSourceOptions } from '#libs/persistence';
import { createTestDatabase, testConfig, type TestDatabase } from '#libs/testing';
import { createApiApp } from '../apps/api/src/create-api-app.js';

const PASSWORD = 'correct horse battery staple';
const OTHER_TENANT_PASSWORD = 'another tenant, another pass';
const APPLICANT = { tenant: 'ichinoseki', email: 'applicant@ichinoseki.example', password: PASSWORD };
const MORIOKA_OFFICER = { tenant: 'morioka', email: 'officer@morioka.example', password: OTHER_TENANT_PASSWORD };

// Every error answer carries the request id to quote to support (ApiExceptionFilter).
/** A 401 as any client gets it: the code says why, the message says it in Japanese (no Accept-Language). */
const unauthorized = (code: string) => ({ statusCode: 401, code, message: expect.any(String), problems: [], requestId: expect.any(String) });

describe('accounts: login, tokens, logout and /me (real PostgreSQL)', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let app: INestApplication;
  let applicantId: string;
  let tenantId: string;

  const http = () => request(app.getHttpServer());
  const login = (body: object) => http().post('/auth/login').send(body);
  const me = (token: string) => http().get('/me').set('Authorization', `Bearer ${token}`);
  const tokenOf = async (credentials: object) => (await login(credentials).expect(200)).body.accessToken as string;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    // The demo tenant of `npm run db:seed`, and a second municipality with one officer.
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await seedDemoTenant(dataSource, new PasswordHasher(), PASSWORD);
    } finally {
      await dataSource.destroy();
    }
    const [morioka] = await database.query(`INSERT INTO tenant (code, name) VALUES ('morioka', '盛岡市') RETURNING id`);
    await database.query(
      `INSERT INTO app_user (tenant_id, email, display_name, role, password_hash) VALUES ($1, $2, '盛岡 職員', 'officer', $3)`,
      [morioka.id, MORIOKA_OFFICER.email, await new PasswordHasher().hash(OTHER_TENANT_PASSWORD)],
    );
    [{ id: applicantId, tenant_id: tenantId }] = await database.query(`SELECT id, tenant_id FROM app_user WHERE email = $1`, [APPLICANT.email]);

    config = testConfig(database.url);
    app = await createApiApp(config);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  describe('POST /auth/login', () => {
    it('answers a bearer token, its expiry and the user, and /me accepts the token', async () => {
      const before = Date.now();
      const response = await login(APPLICANT).expect(200);
      expect(response.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        tokenType: 'Bearer',
        expiresAt: expect.any(String),
        passwordChangeRequired: false,
        user: {
          id: applicantId,
          displayName: '舞川 花子 (舞川地区地域協働体 事務局)',
          role: 'applicant',
          tenant: { id: tenantId, code: 'ichinoseki', name: '一関市' },
        },
      });
      const expiresAt = Date.parse(response.body.expiresAt);
      expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3600_000);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3600_000);

      const profile = await me(response.body.accessToken).expect(200);
      expect(profile.body).toEqual({
        id: applicantId,
        email: APPLICANT.email,
        displayName: '舞川 花子 (舞川地区地域協働体 事務局)',
        role: 'applicant',
        liaisonAreas: [],
        tenant: { id: tenantId, code: 'ichinoseki', name: '一関市' },
        organizations: [{ id: expect.any(String), name: '舞川地区地域協働体' }],
      });
    });

    it('signs HS256 tokens carrying the user, tenant, role and session epoch', async () => {
      const token = await tokenOf(APPLICANT);
      const claims = new JwtService().decode<{ iat: number; exp: number }>(token, { complete: true });
      expect(claims.header).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(claims.payload).toEqual({ sub: applicantId, tenantId, role: 'applicant', epoch: 0, iat: expect.any(Number), exp: expect.any(Number), jti: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(claims.payload.exp - claims.payload.iat).toBe(config.jwtTtlSeconds);
    });

    it('takes the email in any case', async () => {
      await login({ ...APPLICANT, email: 'Applicant@Ichinoseki.EXAMPLE' }).expect(200);
    });

    it.each([
      ['a wrong password', { ...APPLICANT, password: 'wrong password' }],
      ['an unknown email', { ...APPLICANT, email: 'nobody@ichinoseki.example' }],
      ['an unknown tenant', { ...APPLICANT, tenant: 'atlantis' }],
      ["another tenant's user under this tenant", { ...MORIOKA_OFFICER, tenant: 'ichinoseki' }],
    ])('refuses %s with the same 401, telling nothing about which accounts exist', async (_, credentials) => {
      const response = await login(credentials).expect(401);
      expect(response.body).toEqual(unauthorized('AUTH_WRONG_CREDENTIALS'));
    });

    it.each([
      ['a missing tenant', { email: APPLICANT.email, password: PASSWORD }, 'tenant should not be empty'],
      ['a missing email', { tenant: 'ichinoseki', password: PASSWORD }, 'email must be an email address'],
      ['a missing password', { tenant: 'ichinoseki', email: APPLICANT.email }, 'password should not be empty'],
      ['a tenant that is a number', { ...APPLICANT, tenant: 42 }, 'tenant must be a string'],
      ['an email that is not one', { ...APPLICANT, email: 'applicant' }, 'email must be an email address'],
      ['a password that is an object', { ...APPLICANT, password: { $ne: '' } }, 'password must be a string'],
      ['an unknown field', { ...APPLICANT, role: 'admin' }, 'property role should not exist'],
    ])('refuses %s with 400 naming the field', async (_, body, message) => {
      const response = await login(body).set('Accept-Language', 'en').expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'REQUEST_INVALID' });
      expect(response.body.message).toContain(message);
    });
  });

  describe('the bearer token', () => {
    const signed = (claims: object, secret = config.jwtSecret!) => new JwtService({ secret }).sign(claims, { algorithm: 'HS256' });
    const nowSeconds = () => Math.floor(Date.now() / 1000);

    it('is required: without it a route answers 401 and says so', async () => {
      const response = await http().get('/me').expect(401);
      expect(response.body).toEqual(unauthorized('AUTH_MISSING_CREDENTIALS'));
      expect(response.headers['www-authenticate']).toBe('Bearer');
      const basic = await http().get('/me').set('Authorization', 'Basic YWRtaW46YWRtaW4=').expect(401);
      expect(basic.body).toEqual(unauthorized('AUTH_MISSING_CREDENTIALS'));
    });

    it('is refused once expired', async () => {
      const expired = signed({ sub: applicantId, tenantId, role: 'applicant', epoch: 0, iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 });
      const response = await me(expired).expect(401);
      expect(response.body).toEqual(unauthorized('AUTH_TOKEN_EXPIRED'));
      expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token", error_description="token expired"');
    });

    it('is refused when its signature was tampered with', async () => {
      const [header, payload, signature] = (await tokenOf(APPLICANT)).split('.');
      const flipped = signature[10] === 'A' ? 'B' : 'A';
      const tampered = `${header}.${payload}.${signature.slice(0, 10)}${flipped}${signature.slice(11)}`;
      expect((await me(tampered).expect(401)).body).toEqual(unauthorized('AUTH_TOKEN_INVALID'));
    });

    it('is refused when its claims were changed (another role) without the secret', async () => {
      const [header, payload, signature] = (await tokenOf(APPLICANT)).split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'approver' })).toString('base64url');
      expect((await me(`${header}.${forged}.${signature}`).expect(401)).body).toEqual(unauthorized('AUTH_TOKEN_INVALID'));
    });

    it('is refused when signed with another secret', async () => {
      const foreign = signed(
        { sub: applicantId, tenantId, role: 'applicant', epoch: 0, iat: nowSeconds(), exp: nowSeconds() + 600 },
        randomBytes(32).toString('hex'),
      );
      expect((await me(foreign).expect(401)).body).toEqual(unauthorized('AUTH_TOKEN_INVALID'));
    });

    it('is refused unsigned (alg "none")', async () => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: applicantId, tenantId, role: 'admin', epoch: 0, exp: nowSeconds() + 600 })}.`;
      expect((await me(unsigned).expect(401)).body).toEqual(unauthorized('AUTH_TOKEN_INVALID'));
    });

    it('is refused when signed by us but missing claims', async () => {
      const partial = signed({ sub: applicantId, iat: nowSeconds(), exp: nowSeconds() + 600 });
      expect((await me(partial).expect(401)).body).toEqual(unauthorized('AUTH_TOKEN_INVALID'));
    });
  });

  describe('POST /auth/logout', () => {
    it('ends the tokens issued so far with 204; the old token then says to log in again, and a new login works', async () => {
      const officer = { tenant: 'ichinoseki', email: 'officer@ichinoseki.example', password: PASSWORD };
      const first = await tokenOf(officer);
      const second = await tokenOf(officer);
      await me(first).expect(200);

      await http().post('/auth/logout').set('Authorization', `Bearer ${first}`).expect(204);

      for (const old of [first, second]) {
        expect((await me(old).expect(401)).body).toEqual(unauthorized('AUTH_SIGNED_OUT'));
      }
      await http().post('/auth/logout').set('Authorization', `Bearer ${first}`).expect(401);
      const fresh = await tokenOf(officer);
      expect((await me(fresh).expect(200)).body.role).toBe('officer');
    });

    it('wants a token', async () => {
      expect((await http().post('/auth/logout').expect(401)).body).toEqual(unauthorized('AUTH_MISSING_CREDENTIALS'));
    });
  });

  describe('tenants', () => {
    it("gives a user of another tenant their own tenant's /me, never this one's", async () => {
      const token = await tokenOf(MORIOKA_OFFICER);
      const profile = await me(token).expect(200);
      expect(profile.body).toMatchObject({
        email: MORIOKA_OFFICER.email,
        role: 'officer',
        tenant: { code: 'morioka', name: '盛岡市' },
        organizations: [],
      });
      expect(profile.body.id).not.toBe(applicantId);
      expect(profile.body.tenant.id).not.toBe(tenantId);
    });

    it("refuses a token naming this tenant for another tenant's user", async () => {
      const [officer] = await database.query(`SELECT id FROM app_user WHERE email = $1`, [MORIOKA_OFFICER.email]);
      const now = Math.floor(Date.now() / 1000);
      const crossed = new JwtService({ secret: config.jwtSecret }).sign({ sub: officer.id, tenantId, role: 'officer', epoch: 0, iat: now, exp: now + 600 });
      expect((await me(crossed).expect(401)).body).toEqual(unauthorized('AUTH_TOKEN_INVALID'));
    });
  });

  describe('public routes', () => {
    it('keeps /health and /docs open without a token', async () => {
      await http().get('/health').expect(200);
      await http().get('/docs').expect(200);
      await http().get('/docs-json').expect(200);
    });

    it('documents login, logout and /me, with bearer authentication', async () => {
      const document = (await http().get('/docs-json').expect(200)).body;
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/auth/login', '/auth/logout', '/me']));
      expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(document.paths['/me'].get.security).toEqual([{ bearer: [] }]);
      expect(document.paths['/auth/login'].post.security).toBeUndefined();
    });
  });
});
