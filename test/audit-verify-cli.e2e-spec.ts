import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { appendAdministrationEntry, appendAuditEntry } from '#libs/audit';
import { dataSourceOptions } from '#libs/persistence';
import { BuiltProcess, createTestDatabase, type TestDatabase } from '#libs/testing';

const exec = promisify(execFile);
const ENTRY = 'cli/src/verify-audit';
const BUILT_ENTRY = fileURLToPath(new URL('../dist/apps/cli/src/verify-audit.js', import.meta.url));

/** `npm run audit:verify` is the build's dist/apps/cli/src/verify-audit.js (`npm test` builds first). */
describe('npm run audit:verify (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const cases: Array<{ tenantId: string; caseId: string }> = [];

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    for (const code of ['ichinoseki', 'hiraizumi']) {
      const [row] = await database.query<{ tenant_id: string; case_id: string }>(
        `WITH t AS (INSERT INTO tenant (code, name) VALUES ($1::text, $1::text) RETURNING id),
         o AS (INSERT INTO organization (tenant_id, name, type, area) SELECT id, '舞川地区協働体', 'communityCollaborationBody', '舞川' FROM t RETURNING id, tenant_id),
         p AS (INSERT INTO program_version (tenant_id, code, version, definition) SELECT id, '協働支援', 1, '{}' FROM t RETURNING id, tenant_id)
         INSERT INTO grant_case (tenant_id, program_version_id, organization_id, fiscal_year, state, snapshot, machine_version)
         SELECT p.tenant_id, p.id, o.id, 2025, 'application.draft', '{}', 1 FROM p, o RETURNING tenant_id, id AS case_id`,
        [code],
      );
      cases.push({ tenantId: row!.tenant_id, caseId: row!.case_id });
    }
    for (const ref of cases) {
      for (const [index, eventType] of ['START_APPLICATION', 'SUBMIT', 'ACCEPT'].entries()) {
        await dataSource.transaction((manager) =>
          appendAuditEntry(manager, {
            ...ref,
            actorUserId: randomUUID(),
            actorRole: 'applicant',
            eventType,
            payload: { type: eventType },
            stateBefore: index === 0 ? null : `state-${index - 1}`,
            stateAfter: `state-${index}`,
            occurredAt: new Date(Date.UTC(2025, 3, 1, 9, index)),
          }),
        );
      }
      // The administrators' trail of the tenant: two entries.
      const actor = { userId: randomUUID(), tenantId: ref.tenantId, role: 'admin' };
      for (const [index, date] of ['2025-12-29', '2025-12-30'].entries()) {
        await dataSource.transaction((manager) =>
          appendAdministrationEntry(manager, {
            actor,
            action: 'closedDay.added',
            subjectId: date,
            payload: { before: null, after: { reason: '年末の庁舎点検' } },
            occurredAt: new Date(Date.UTC(2025, 3, 1, 10, index)),
          }),
        );
      }
    }
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  it("reports an intact trail in one line for the cases and one for the administrators, and exits 0", async () => {
    const { code, stdout } = await BuiltProcess.run(ENTRY, { DATABASE_URL: database.url });

    expect(stdout).toBe('Audit trail intact: 6 entries in 2 cases\nAdministration trail intact: 4 entries in 2 tenants\n');
    expect(code).toBe(0);
  });

  it('names the broken entry after the database owner changed it, and exits 1', async () => {
    const [entry] = await database.query<{ id: string }>(`SELECT id FROM audit_entry WHERE case_id = $1 AND sequence = 2`, [cases[1]!.caseId]);
    await dataSource.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete');
      await manager.query(`UPDATE audit_entry SET actor_role = 'admin' WHERE id = $1`, [entry!.id]);
      await manager.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete');
    });

    const { code, stdout } = await BuiltProcess.run(ENTRY, { DATABASE_URL: database.url });

    expect(stdout).toBe(
      `Audit trail broken at entry ${entry!.id} (case ${cases[1]!.caseId}, sequence 2): hash does not match its content\n` +
        'Administration trail intact: 4 entries in 2 tenants\n',
    );
    expect(code).toBe(1);
  });

  it('checks only the tenant given with --tenant', async () => {
    // BuiltProcess passes no arguments, so the entry point is run by hand here.
    const run = (...args: string[]) =>
      exec(process.execPath, [BUILT_ENTRY, ...args], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url } });

    await expect(run('--tenant', 'ichinoseki')).resolves.toMatchObject({
      stdout: 'Audit trail intact: 3 entries in 1 case\nAdministration trail intact: 2 entries in 1 tenant\n',
    });
    await expect(run('--tenant', 'hiraizumi')).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/^Audit trail broken at entry \d+ /) });
    await expect(run('--tenant', 'morioka')).rejects.toMatchObject({ code: 64, stderr: 'No tenant with code morioka\n' });
    await expect(run('--tennant', 'x')).rejects.toMatchObject({ code: 64, stderr: expect.stringContaining("Unknown option '--tennant'") });
  });

  it("names the administrators' entry the database owner changed, and exits 1", async () => {
    const { tenantId } = cases[0]!;
    const [entry] = await database.query<{ id: string }>(`SELECT id FROM administration_entry WHERE tenant_id = $1 AND sequence = 2`, [tenantId]);
    await dataSource.transaction(async (manager) => {
      await manager.query('ALTER TABLE administration_entry DISABLE TRIGGER administration_entry_no_update_or_delete');
      await manager.query(`UPDATE administration_entry SET subject_id = '2025-12-31' WHERE id = $1`, [entry!.id]);
      await manager.query('ALTER TABLE administration_entry ENABLE TRIGGER administration_entry_no_update_or_delete');
    });

    await expect(exec(process.execPath, [BUILT_ENTRY, '--tenant', 'ichinoseki'], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url } })).rejects.toMatchObject({
      code: 1,
      stdout:
        'Audit trail intact: 3 entries in 1 case\n' +
        `Administration trail broken at entry ${entry!.id} (tenant ${tenantId}, sequence 2): hash does not match its content\n`,
    });
  });

  it('says in one line when it cannot reach the database, and exits 2', async () => {
    const unreachable = database.url.replace(/:\d+\//, ':1/');
    const { code, stdout, stderr } = await BuiltProcess.run(ENTRY, { DATABASE_URL: unreachable });

    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Audit verification failed: .*ECONNREFUSED.*\n$/);
    expect(code).toBe(2);
  });
});
