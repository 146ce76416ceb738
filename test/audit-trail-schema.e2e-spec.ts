import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#libs/testing';

/** The append-only rule lives in the database: even its owner's plain SQL is refused. */
describe('audit_entry in PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    await database.query(`
      WITH t AS (INSERT INTO tenant (code, name) VALUES ('ichinoseki', '一関市') RETURNING id),
      o AS (INSERT INTO organization (tenant_id, name, type, area) SELECT id, '舞川地区協働体', 'communityCollaborationBody', '舞川' FROM t RETURNING id, tenant_id),
      p AS (INSERT INTO program_version (tenant_id, code, version, definition) SELECT id, '協働支援', 1, '{}' FROM t RETURNING id, tenant_id),
      c AS (INSERT INTO grant_case (tenant_id, program_version_id, organization_id, fiscal_year, state, snapshot, machine_version)
            SELECT p.tenant_id, p.id, o.id, 2025, 'application.draft', '{}', 1 FROM p, o RETURNING id, tenant_id)
      INSERT INTO audit_entry (tenant_id, case_id, sequence, actor_user_id, actor_role, event_type, payload, state_before, state_after, occurred_at, previous_hash, hash)
      SELECT tenant_id, id, 1, gen_random_uuid(), 'applicant', 'START_APPLICATION', '{}', 'new', 'application.draft', now(), NULL, 'h1' FROM c`);
  });

  afterAll(async () => {
    await database?.drop();
  });

  /** A statement on a connection acting as the application role, as the API's connections do. */
  async function asApplication(sql: string) {
    const client = new pg.Client({ connectionString: database.url, options: '-c role=grants_app' });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it.each([
    ['UPDATE', `UPDATE audit_entry SET event_type = 'SUBMIT'`],
    ['DELETE', `DELETE FROM audit_entry`],
    // CASCADE: a plain TRUNCATE already fails on the ledger tables' references to the trail; this one would take them along.
    ['TRUNCATE', `TRUNCATE audit_entry CASCADE`],
  ])('refuses %s', async (operation, sql) => {
    await expect(database.query(sql)).rejects.toThrow(`audit_entry is append-only: ${operation} refused`);
    expect(await database.query(`SELECT event_type FROM audit_entry`)).toEqual([{ event_type: 'START_APPLICATION' }]);
  });

  it('refuses a first entry with a previous hash, and a later one without', async () => {
    const [entry] = await database.query<{ tenant_id: string; case_id: string }>(`SELECT tenant_id, case_id FROM audit_entry`);
    const insert = (sequence: number, previous: string | null) =>
      database.query(
        `INSERT INTO audit_entry (tenant_id, case_id, sequence, actor_user_id, actor_role, event_type, payload, state_after, occurred_at, previous_hash, hash)
         VALUES ($1, $2, $3, gen_random_uuid(), 'applicant', 'SUBMIT', '{}', 'application.submitted', now(), $4, 'h')`,
        [entry?.tenant_id, entry?.case_id, sequence, previous],
      );
    await expect(insert(2, null)).rejects.toThrow(/audit_entry_check/);
    await expect(insert(1, 'h0')).rejects.toThrow(/audit_entry_check|duplicate key/);
  });

  it("gives the application's role only SELECT and INSERT on it, whatever the triggers", async () => {
    await database.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete`);
    try {
      for (const sql of [`UPDATE audit_entry SET event_type = 'SUBMIT'`, `DELETE FROM audit_entry`, `TRUNCATE audit_entry`]) {
        await expect(asApplication(sql)).rejects.toThrow(/permission denied for table audit_entry/);
      }
    } finally {
      await database.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete`);
    }
    expect(await asApplication(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual([{ n: 1 }]);
  });
});
