import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ICHINOSEKI_PROGRAMS } from '#libs/programs';
import { BuiltProcess, createTestDatabase, testConfig, type TestDatabase } from '#libs/testing';
import { createApiApp } from '../apps/api/src/create-api-app.js';

const DEMO_PASSWORD = 'demo password for the seed test';

/** `npm run db:seed` as a user runs it: the built CLI, against a fresh migrated database. */
describe('npm run db:seed (real PostgreSQL)', () => {
  let database: TestDatabase;
  const seed = (env: Record<string, string> = {}) => BuiltProcess.run('cli/src/seed-demo', { DATABASE_URL: database.url, ...env });
  const rowCounts = async () => {
    const [counts] = await database.query(`
      SELECT (SELECT count(*) FROM tenant)::int AS tenants,
             (SELECT count(*) FROM organization)::int AS organizations,
             (SELECT count(*) FROM app_user)::int AS users,
             (SELECT count(*) FROM organization_member)::int AS memberships,
             (SELECT count(*) FROM program_version)::int AS "programVersions"`);
    return counts;
  };

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('creates the demo tenant, its organization, one user per role and the programs; a second run creates nothing', async () => {
    const first = await seed({ DEMO_PASSWORD });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const created = await rowCounts();
    expect(created).toEqual({ tenants: 1, organizations: 1, users: 6, memberships: 1, programVersions: ICHINOSEKI_PROGRAMS.length });
    expect(first.stdout).toContain('Demo tenant ichinoseki (一関市)');
    expect(first.stdout).toMatch(/users\s+6\s+6/);
    expect(first.stdout).toContain('Password of the 6 user(s) created now: the value of DEMO_PASSWORD');
    expect(first.stdout).not.toContain(DEMO_PASSWORD);

    const users = await database.query(`SELECT role, email FROM app_user ORDER BY email`);
    expect(users.map((user) => user.role).sort()).toEqual(['admin', 'applicant', 'approver', 'finance', 'officer', 'reviewer']);
    expect(users.map((user) => user.email)).toContain('applicant@ichinoseki.example');
    const [organization] = await database.query(`SELECT name, type, area, population FROM organization`);
    expect(organization).toEqual({ name: '舞川地区地域協働体', type: 'communityCollaborationBody', area: '舞川', population: 4300 });
    const members = await database.query(`SELECT u.role FROM organization_member m JOIN app_user u ON u.id = m.user_id`);
    expect(members).toEqual([{ role: 'applicant' }]);
    const programs = await database.query(`SELECT code, version, definition FROM program_version ORDER BY code`);
    expect(programs.map((row) => row.definition)).toEqual(
      expect.arrayContaining(ICHINOSEKI_PROGRAMS.map((program) => JSON.parse(JSON.stringify(program)))),
    );
    for (const row of programs) expect(row.version).toBe(row.definition.version);

    const hashes = await database.query(`SELECT password_hash FROM app_user`);
    for (const { password_hash: hash } of hashes) expect(hash).toMatch(/^\$argon2id\$/);

    const second = await seed({ DEMO_PASSWORD: 'a different password, not used' });
    expect(second.code).toBe(0);
    expect(await rowCounts()).toEqual(created);
    expect(second.stdout).toMatch(/users\s+0\s+6/);
    expect(second.stdout).toMatch(new RegExp(`program versions\\s+0\\s+${ICHINOSEKI_PROGRAMS.length}\\n`));
    expect(second.stdout).toContain('No user was created now: the existing ones keep their passwords.');
  });

  it('lets the demo applicant log in with DEMO_PASSWORD and see the demo organization', async () => {
    const app: INestApplication = await createApiApp(testConfig(database.url));
    await app.init();
    try {
      const login = await request(app.getHttpServer())
        .post('/auth/login')
        .send({ tenant: 'ichinoseki', email: 'applicant@ichinoseki.example', password: DEMO_PASSWORD })
        .expect(200);
      const me = await request(app.getHttpServer()).get('/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
      expect(me.body).toMatchObject({ role: 'applicant', tenant: { code: 'ichinoseki' }, organizations: [{ name: '舞川地区地域協働体' }] });
    } finally {
      await app.close();
    }
  });

  it('makes up a password and prints it when DEMO_PASSWORD is unset', async () => {
    const fresh = await createTestDatabase({ migrated: true });
    try {
      const exit = await BuiltProcess.run('cli/src/seed-demo', { DATABASE_URL: fresh.url });
      expect(exit.code).toBe(0);
      expect(exit.stdout).toMatch(/Password of the 6 user\(s\) created now: [\w-]{16} /);
    } finally {
      await fresh.drop();
    }
  });

  it('refuses to seed a database that is not migrated, and says what to run', async () => {
    const empty = await createTestDatabase({ migrated: false });
    try {
      const exit = await BuiltProcess.run('cli/src/seed-demo', { DATABASE_URL: empty.url });
      expect(exit.code).toBe(1);
      expect(exit.stderr).toBe('The database has pending migrations: run `npm run db:migrate` (or `npm start`) first.\n');
    } finally {
      await empty.drop();
    }
  });
});
