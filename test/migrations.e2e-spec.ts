import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '#libs/testing';

const exec = promisify(execFile);
const dbMigrate = (databaseUrl: string) =>
  exec('npm', ['run', '--silent', 'db:migrate'], { env: { ...process.env, DATABASE_URL: databaseUrl } });

describe('npm run db:migrate (real PostgreSQL)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('creates the schema on an empty database', async () => {
    const tablesBefore = await database.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tablesBefore).toEqual([]);

    const { stdout } = await dbMigrate(database.url);

    expect(stdout).toContain(
      'Applied 15 migration(s): CreateTenant1795478400000, CreateCaseRecords1795478500000, CreateApplicationRole1795478600000, ' +
        'CreateTenantClosedDay1795478700000, CreateAttachment1795478800000, CreateCaseLedgers1795478900000, ' +
        'CreateReminderDelivery1795479000000, AddNoticeContent1795479050000, CreateAdministrationEntry1795479200000, ' +
        'AddFiscalYearCloseNotifications1795479310000, AddPaymentKind1795479400000, AddPasswordChangeRequired1795479500000, AddCaseListOrderIndex1795479600000, AddCaseNews1795479700000, CreateNotificationSetting1795479800000',
    );
    const tables = await database.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(tables.map((table) => table.tablename)).toEqual([
      'administration_entry',
      'app_user',
      'attachment',
      'audit_entry',
      'consultation_note',
      'deadline',
      'delivery',
      'expense_line',
      'grant_case',
      'idempotency_key',
      'migrations',
      'money_movement',
      'notice',
      'notification',
      'notification_setting',
      'number_sequence',
      'organization',
      'organization_member',
      'outbox',
      'program_version',
      'review',
      'tenant',
      'tenant_closed_day',
    ]);
  });

  it('is idempotent: a second run applies nothing and changes nothing', async () => {
    const before = await database.query(`SELECT id, timestamp, name FROM migrations ORDER BY id`);

    const { stdout } = await dbMigrate(database.url);

    expect(stdout).toContain('The database schema is up to date: no pending migrations.');
    expect(await database.query(`SELECT id, timestamp, name FROM migrations ORDER BY id`)).toEqual(before);
    expect(before).toHaveLength(15);
  });

  it('leaves a tenant table that refuses malformed codes and empty names', async () => {
    const [tenant] = await database.query<{ id: string }>(
      `INSERT INTO tenant (code, name) VALUES ('ichinoseki', '一関市') RETURNING id`,
    );
    expect(tenant?.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(database.query(`INSERT INTO tenant (code, name) VALUES ('Bad Code', '盛岡市')`)).rejects.toThrow(
      /tenant_code_check/,
    );
    await expect(database.query(`INSERT INTO tenant (code, name) VALUES ('morioka', '')`)).rejects.toThrow(
      /tenant_name_check/,
    );
    await expect(database.query(`INSERT INTO tenant (code, name) VALUES ('ichinoseki', '一関市')`)).rejects.toThrow(
      /duplicate key/,
    );
  });

  it('reports a database it cannot reach in one line and exits non-zero', async () => {
    const unreachable = database.url.replace(/:\d+\//, ':1/');
    await expect(dbMigrate(unreachable)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Migration failed: .*ECONNREFUSED.*\n$/),
    });
  });
});
