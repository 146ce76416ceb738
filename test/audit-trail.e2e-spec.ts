import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type AuditEntryContent,
  AuditErrorCode,
  appendAuditEntry,
  auditEntryHash,
  type NewAuditEntry,
  verifyAuditChains,
} from '#libs/audit';
import { dataSourceOptions } from '#libs/persistence';
import { createTestDatabase, expectEventually, type TestDatabase } from '#libs/testing';

interface CaseRef {
  tenantId: string;
  caseId: string;
}

interface AuditRow {
  id: string;
  tenant_id: string;
  case_id: string;
  sequence: number;
  actor_user_id: string;
  actor_role: string;
  event_type: string;
  payload: AuditEntryContent['payload'];
  state_before: string | null;
  state_after: string;
  occurred_at: Date;
  previous_hash: string | null;
  hash: string;
}

/** The events of a case's first days, in order: what each entry of a test chain records. */
const EVENTS = [
  { eventType: 'START_APPLICATION', actorRole: 'applicant', stateBefore: null, stateAfter: 'application.draft' },
  { eventType: 'SUBMIT', actorRole: 'applicant', stateBefore: 'application.draft', stateAfter: 'application.submitted' },
  { eventType: 'ACCEPT', actorRole: 'officer', stateBefore: 'application.submitted', stateAfter: 'review.pending' },
  { eventType: 'ASSIGN_REVIEWER', actorRole: 'officer', stateBefore: 'review.pending', stateAfter: 'review.inProgress' },
] as const;

const contentOf = (row: AuditRow): AuditEntryContent => ({
  tenantId: row.tenant_id,
  caseId: row.case_id,
  sequence: row.sequence,
  actorUserId: row.actor_user_id,
  actorRole: row.actor_role,
  eventType: row.event_type,
  payload: row.payload,
  stateBefore: row.state_before,
  stateAfter: row.state_after,
  occurredAt: row.occurred_at,
  previousHash: row.previous_hash,
});

describe('the audit trail on PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let tenants = 0;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  /** A tenant of its own with `count` cases (each test gets fresh chains; the rows stay for the whole-table checks). */
  async function createCases(count: number): Promise<CaseRef[]> {
    tenants += 1;
    const [tenant] = await database.query<{ id: string }>(`INSERT INTO tenant (code, name) VALUES ($1, '一関市') RETURNING id`, [
      `audit-${tenants}`,
    ]);
    const tenantId = tenant!.id;
    const [organization] = await database.query<{ id: string }>(
      `INSERT INTO organization (tenant_id, name, type, area) VALUES ($1, '舞川地区協働体', 'communityCollaborationBody', '舞川') RETURNING id`,
      [tenantId],
    );
    const [program] = await database.query<{ id: string }>(
      `INSERT INTO program_version (tenant_id, code, version, definition) VALUES ($1, '協働支援', 1, '{}') RETURNING id`,
      [tenantId],
    );
    const cases = await database.query<{ id: string }>(
      `INSERT INTO grant_case (tenant_id, program_version_id, organization_id, fiscal_year, state, snapshot, machine_version)
       SELECT $1, $2, $3, 2025, 'application.draft', '{}', 1 FROM generate_series(1, $4::integer) RETURNING id`,
      [tenantId, program!.id, organization!.id, count],
    );
    // Case order is the verifier's walking order: sort so that cases[0] is walked first.
    return cases.map(({ id }) => ({ tenantId, caseId: id })).sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  }

  function newEntry(ref: CaseRef, index: number): NewAuditEntry {
    const event = EVENTS[index % EVENTS.length]!;
    return {
      ...ref,
      ...event,
      actorUserId: randomUUID(),
      payload: { type: event.eventType, requestedAmount: 300_000 + index, note: `第${index + 1}回` },
      occurredAt: new Date(Date.UTC(2025, 3, 1, 0, index, 0, 123)),
    };
  }

  /** Appends `count` entries to the case, one transaction each, as the use case does. */
  async function appendEntries(ref: CaseRef, count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      await dataSource.transaction((manager) => appendAuditEntry(manager, newEntry(ref, index)));
    }
  }

  const rowsOf = (caseId: string) =>
    database.query<AuditRow>(`SELECT * FROM audit_entry WHERE case_id = $1 ORDER BY sequence`, [caseId]);

  /** What only the database owner can do: the append-only trigger is switched off around the change. */
  function asOwner(sql: string, values: unknown[]): Promise<void> {
    return dataSource.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete');
      await manager.query(sql, values);
      await manager.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete');
    });
  }

  describe('appendAuditEntry', () => {
    it('numbers a case’s entries 1, 2, 3, links each to the one before and returns the stored row', async () => {
      const [ref] = await createCases(1);
      const returned = [];
      for (let index = 0; index < 3; index += 1) {
        returned.push(await dataSource.transaction((manager) => appendAuditEntry(manager, newEntry(ref!, index))));
      }

      const rows = await rowsOf(ref!.caseId);
      expect(rows.map((row) => row.sequence)).toEqual([1, 2, 3]);
      expect(rows.map((row) => row.previous_hash)).toEqual([null, rows[0]!.hash, rows[1]!.hash]);
      for (const row of rows) expect(row.hash).toBe(auditEntryHash(contentOf(row)));
      expect(returned.map((entry) => [entry.id, entry.sequence, entry.hash])).toEqual(rows.map((row) => [row.id, row.sequence, row.hash]));
      expect(returned[1]).toMatchObject({
        tenantId: ref!.tenantId,
        caseId: ref!.caseId,
        eventType: 'SUBMIT',
        stateBefore: 'application.draft',
        stateAfter: 'application.submitted',
        payload: { note: '第2回', requestedAmount: 300_001, type: 'SUBMIT' },
        occurredAt: new Date('2025-04-01T00:01:00.123Z'),
      });
    });

    it('hashes what PostgreSQL stores, so the hash recomputed from the row matches: jsonb key order, numbers, dates, uuid case', async () => {
      const [ref] = await createCases(1);
      await dataSource.transaction((manager) =>
        appendAuditEntry(manager, {
          ...newEntry(ref!, 0),
          tenantId: ref!.tenantId.toUpperCase(),
          caseId: ref!.caseId.toUpperCase(),
          payload: {
            zeta: 1,
            longerKeyFirst: { b: [3, 2, 1], a: 'いろは' },
            rate: 1.5,
            tiny: 1e-7,
            huge: 1e21,
            third: 1 / 3,
            on: new Date('2025-04-01T00:00:00+09:00'),
            dropped: undefined,
            '': 'empty key',
          },
        }),
      );

      const [row] = await rowsOf(ref!.caseId);
      expect(row!.tenant_id).toBe(ref!.tenantId);
      expect(row!.payload).toEqual({
        '': 'empty key',
        huge: 1e21,
        longerKeyFirst: { a: 'いろは', b: [3, 2, 1] },
        on: '2025-03-31T15:00:00.000Z',
        rate: 1.5,
        third: 1 / 3,
        tiny: 1e-7,
        zeta: 1,
      });
      expect(row!.hash).toBe(auditEntryHash(contentOf(row!)));
      expect(await verifyAuditChains(dataSource, { caseId: ref!.caseId })).toMatchObject({ entriesChecked: 1, firstBroken: null });
    });

    it('refuses to append outside a transaction', async () => {
      const [ref] = await createCases(1);
      await expect(appendAuditEntry(dataSource.manager, newEntry(ref!, 0))).rejects.toMatchObject({ code: AuditErrorCode.NoTransaction });
      expect(await rowsOf(ref!.caseId)).toEqual([]);
    });

    it('refuses an entry naming a case of another tenant, and a payload jsonb cannot keep', async () => {
      const [ours] = await createCases(1);
      const [theirs] = await createCases(1);
      await expect(
        dataSource.transaction((manager) => appendAuditEntry(manager, { ...newEntry(ours!, 0), caseId: theirs!.caseId })),
      ).rejects.toMatchObject({ code: AuditErrorCode.CaseNotFound });
      await expect(
        dataSource.transaction((manager) => appendAuditEntry(manager, { ...newEntry(ours!, 0), payload: { note: 'a\u0000b' } })),
      ).rejects.toMatchObject({ code: AuditErrorCode.PayloadNotJson });
    });

    it('lets two open transactions append to different cases at the same time', async () => {
      const [first, second] = await createCases(2);
      let release!: () => void;
      const bothAppended = new Promise<void>((resolve) => (release = resolve));
      let appended = 0;
      // Each transaction holds its case's lock until both have appended: neither may wait for the other.
      const appendAndHold = (ref: CaseRef) =>
        dataSource.transaction(async (manager) => {
          await lockCase(manager, ref);
          await appendAuditEntry(manager, newEntry(ref, 0));
          appended += 1;
          if (appended === 2) release();
          await bothAppended;
        });

      await Promise.all([appendAndHold(first!), appendAndHold(second!)]);

      expect((await rowsOf(first!.caseId)).map((row) => row.sequence)).toEqual([1]);
      expect((await rowsOf(second!.caseId)).map((row) => row.sequence)).toEqual([1]);
    });

    it.each([
      ['when both callers lock the case first (FOR UPDATE)', true],
      ['even when the second caller took no lock of its own', false],
    ])('serializes two appends to one case %s: sequences 1 and 2, no unique violation', async (_how, secondLocks) => {
      const [ref] = await createCases(1);
      let releaseFirst!: () => void;
      const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstAppended!: () => void;
      const firstHasAppended = new Promise<void>((resolve) => (firstAppended = resolve));

      const first = dataSource.transaction(async (manager) => {
        await lockCase(manager, ref!);
        await appendAuditEntry(manager, newEntry(ref!, 0));
        firstAppended();
        await firstMayCommit;
      });
      await firstHasAppended;
      const second = dataSource.transaction(async (manager) => {
        if (secondLocks) await lockCase(manager, ref!);
        return appendAuditEntry(manager, newEntry(ref!, 1));
      });
      // The second waits for the first's lock on the case row, then reads the first's entry.
      await expectEventually(async () => {
        const waiting = await database.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        expect(waiting).toHaveLength(1);
      });
      releaseFirst();
      await first;
      const secondEntry = await second;

      const rows = await rowsOf(ref!.caseId);
      expect(rows.map((row) => row.sequence)).toEqual([1, 2]);
      expect(secondEntry).toMatchObject({ sequence: 2, previousHash: rows[0]!.hash });
    });
  });

  describe('verifyAuditChains', () => {
    it('passes intact chains of several cases, in batches, reporting its progress', async () => {
      const cases = await createCases(3);
      await appendEntries(cases[0]!, 3);
      await appendEntries(cases[1]!, 1);
      await appendEntries(cases[2]!, 4);
      const progress: Array<[number, number]> = [];

      const result = await verifyAuditChains(dataSource, {
        tenantId: cases[0]!.tenantId,
        batchSize: 3,
        onProgress: (checked, total) => progress.push([checked, total]),
      });

      expect(result).toEqual({ casesChecked: 3, entriesChecked: 8, firstBroken: null });
      expect(progress).toEqual([
        [0, 8],
        [3, 8],
        [6, 8],
        [8, 8],
      ]);
      expect(await verifyAuditChains(dataSource, { caseId: cases[2]!.caseId })).toEqual({ casesChecked: 1, entriesChecked: 4, firstBroken: null });
    });

    it('passes every chain in the database when nothing was tampered with', async () => {
      const [{ count }] = (await database.query<{ count: string }>(`SELECT count(*) FROM audit_entry`)) as [{ count: string }];
      const result = await verifyAuditChains(dataSource, { batchSize: 4 });
      expect(result.firstBroken).toBeNull();
      expect(result.entriesChecked).toBe(Number(count));
    });

    it('passes a tenant with no entries at all', async () => {
      const [ref] = await createCases(1);
      expect(await verifyAuditChains(dataSource, { tenantId: ref!.tenantId })).toEqual({ casesChecked: 0, entriesChecked: 0, firstBroken: null });
    });

    describe('after the database owner changes a row', () => {
      /** A tenant with three cases of three entries; the middle case is the one tampered with. */
      async function chains(): Promise<{ tenantId: string; target: CaseRef; rows: AuditRow[] }> {
        const cases = await createCases(3);
        for (const ref of cases) await appendEntries(ref, 3);
        return { tenantId: cases[0]!.tenantId, target: cases[1]!, rows: await rowsOf(cases[1]!.caseId) };
      }

      it('names an entry whose payload was changed: its hash does not match its content', async () => {
        const { tenantId, target, rows } = await chains();
        await asOwner(`UPDATE audit_entry SET payload = jsonb_set(payload, '{requestedAmount}', '9999999') WHERE id = $1`, [rows[1]!.id]);

        const result = await verifyAuditChains(dataSource, { tenantId, batchSize: 2 });

        expect(result.firstBroken).toEqual({
          entryId: rows[1]!.id,
          tenantId,
          caseId: target.caseId,
          sequence: 2,
          reason: 'hash does not match its content',
        });
        expect(result).toMatchObject({ casesChecked: 2, entriesChecked: 5 });
      });

      it('names an entry whose time moved by a microsecond, which its hash (in milliseconds) cannot cover', async () => {
        const { tenantId, rows } = await chains();
        await asOwner(`UPDATE audit_entry SET occurred_at = occurred_at + interval '1 microsecond' WHERE id = $1`, [rows[2]!.id]);

        const { firstBroken } = await verifyAuditChains(dataSource, { tenantId });

        expect(firstBroken).toMatchObject({ entryId: rows[2]!.id, sequence: 3, reason: 'hash does not match its content' });
      });

      it('names the entry after one rewritten with a matching hash: its previous_hash no longer matches', async () => {
        const { tenantId, target, rows } = await chains();
        const forged = { ...contentOf(rows[1]!), payload: { ...(rows[1]!.payload as object), requestedAmount: 9_999_999 } };
        await asOwner(`UPDATE audit_entry SET payload = $2::jsonb, hash = $3 WHERE id = $1`, [
          rows[1]!.id,
          JSON.stringify(forged.payload),
          auditEntryHash(forged),
        ]);

        const { firstBroken } = await verifyAuditChains(dataSource, { tenantId });

        expect(firstBroken).toEqual({
          entryId: rows[2]!.id,
          tenantId,
          caseId: target.caseId,
          sequence: 3,
          reason: `previous_hash does not match the hash of entry ${rows[1]!.id} (sequence 2)`,
        });
      });

      it('names an entry relinked to another previous_hash with its own hash recomputed', async () => {
        const { tenantId, rows } = await chains();
        const forged = { ...contentOf(rows[1]!), previousHash: 'f'.repeat(64) };
        await asOwner(`UPDATE audit_entry SET previous_hash = $2, hash = $3 WHERE id = $1`, [rows[1]!.id, forged.previousHash, auditEntryHash(forged)]);

        const { firstBroken } = await verifyAuditChains(dataSource, { tenantId });

        expect(firstBroken).toMatchObject({
          entryId: rows[1]!.id,
          sequence: 2,
          reason: `previous_hash does not match the hash of entry ${rows[0]!.id} (sequence 1)`,
        });
      });

      it('names the entry after a deleted middle one: its sequence has a gap', async () => {
        const { tenantId, target, rows } = await chains();
        await asOwner(`DELETE FROM audit_entry WHERE id = $1`, [rows[1]!.id]);

        const { firstBroken } = await verifyAuditChains(dataSource, { tenantId });

        expect(firstBroken).toEqual({ entryId: rows[2]!.id, tenantId, caseId: target.caseId, sequence: 3, reason: 'sequence 2 missing' });
      });

      it('names the entry after a deleted first one', async () => {
        const { tenantId, rows } = await chains();
        await asOwner(`DELETE FROM audit_entry WHERE id = $1`, [rows[0]!.id]);

        const { firstBroken } = await verifyAuditChains(dataSource, { tenantId });

        expect(firstBroken).toMatchObject({ entryId: rows[1]!.id, sequence: 2, reason: 'sequence 1 missing' });
      });

      it('names only the first broken entry in case order when several are', async () => {
        const cases = await createCases(2);
        for (const ref of cases) await appendEntries(ref, 3);
        const [firstCase, secondCase] = [await rowsOf(cases[0]!.caseId), await rowsOf(cases[1]!.caseId)];
        await asOwner(`UPDATE audit_entry SET event_type = 'FORGED' WHERE id = ANY($1::bigint[])`, [
          [secondCase[0]!.id, firstCase[2]!.id, firstCase[1]!.id],
        ]);

        const { firstBroken } = await verifyAuditChains(dataSource, { tenantId: cases[0]!.tenantId });

        expect(firstBroken).toMatchObject({ entryId: firstCase[1]!.id, caseId: cases[0]!.caseId, sequence: 2 });
      });
    });
  });
});

function lockCase(manager: EntityManager, ref: CaseRef): Promise<unknown> {
  return manager.query(`SELECT id FROM grant_case WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [ref.tenantId, ref.caseId]);
}
