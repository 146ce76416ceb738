import { problemMessages } from '#libs/testing/problem-messages';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { appendAdministrationEntry, AuditErrorCode, verifyAdministrationChains } from '#libs/audit';
import { dataSourceOptions } from '#libs/persistence';
import { type Program, seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp, TEST_PASSWORD } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];
type Method = 'get' | 'post' | 'patch' | 'delete';

const SUPPORT = seedProgram('協働支援');
/** The password of users this file creates: it must never reach the trail, nor its hash. */
const NEW_PASSWORD = 'a password the trail must never hold';
const NON_ADMIN_ROLES = ['applicant', 'officer', 'reviewer', 'approver', 'finance'] as const;

interface EntryRow {
  id: string;
  tenant_id: string;
  sequence: number;
  actor_user_id: string;
  actor_role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  previous_hash: string | null;
  hash: string;
}

describe("the administrators' audit trail (real PostgreSQL)", () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let otherTenant: SeededTenant;
  const clock = new SettableClock(new Date('2025-05-14T10:15:00.250+09:00'));

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], clock });
    [tenant, otherTenant] = api.tenants;
  });

  afterAll(() => api?.close());

  const as = (who: Who, of?: SeededTenant) => api.as(who, of);

  const entriesOf = (of: SeededTenant) =>
    api.database.query<EntryRow>(`SELECT * FROM administration_entry WHERE tenant_id = $1 ORDER BY sequence`, [of.id]);
  const countOf = async (of: SeededTenant) =>
    (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM administration_entry WHERE tenant_id = $1`, [of.id]))[0]?.n ?? -1;

  /** The entries the tenant's trail gained since the last call (the whole trail at the first). */
  const seen = new Map<string, number>();
  async function newEntries(of: SeededTenant = tenant): Promise<EntryRow[]> {
    const rows = (await entriesOf(of)).filter((row) => row.sequence > (seen.get(of.id) ?? 0));
    seen.set(of.id, rows.at(-1)?.sequence ?? seen.get(of.id) ?? 0);
    return rows;
  }

  /** The request's one new entry, with the admin as actor and the clock's instant. */
  async function onlyNewEntry(): Promise<EntryRow> {
    const rows = await newEntries();
    expect(rows).toHaveLength(1);
    const [entry] = rows as [EntryRow];
    expect({ actor: entry.actor_user_id, role: entry.actor_role, at: entry.occurred_at.toISOString() }).toEqual({
      actor: tenant.users.admin.id,
      role: 'admin',
      at: clock.now().toISOString(),
    });
    return entry;
  }

  const subjectOf = (entry: EntryRow) => ({ action: entry.action, subjectType: entry.subject_type, subjectId: entry.subject_id, payload: entry.payload });

  describe('each change through the admin API', () => {
    beforeAll(async () => {
      // The seed wrote its rows as the database owner: no administrator acted yet.
      expect(await newEntries()).toEqual([]);
    });

    it('records a new program and a new version with their whole definitions', async () => {
      const admin = await as('admin');
      const definition: Program = { ...SUPPORT, code: '新規事業', nameJa: '新しい補助金' };
      expect((await admin.post('/admin/programs', definition)).status).toBe(201);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'program.created',
        subjectType: 'program',
        subjectId: '新規事業',
        payload: { after: { version: 1, definition } },
      });

      const second: Program = { ...definition, version: 2, rate: { numerator: 1, denominator: 2 } };
      expect((await admin.post(`/admin/programs/${encodeURIComponent('新規事業')}/versions`, second)).status).toBe(201);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'program.versionAdded',
        subjectType: 'program',
        subjectId: '新規事業',
        payload: { before: { latestVersion: 1 }, after: { version: 2, definition: second } },
      });
    });

    it('records an organization created, the fields an update changed, and members added and removed', async () => {
      const admin = await as('admin');
      const created = await admin.post('/admin/organizations', { name: '花泉地区自治会', type: 'neighborhoodAssociation', area: '花泉' });
      expect(created.status).toBe(201);
      const organizationId = created.body.id as string;
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'organization.created',
        subjectType: 'organization',
        subjectId: organizationId,
        payload: { after: { name: '花泉地区自治会', type: 'neighborhoodAssociation', area: '花泉', population: null } },
      });

      // The name is sent unchanged: only the population is a change.
      expect((await admin.patch(`/admin/organizations/${organizationId}`, { name: '花泉地区自治会', population: 1200 })).status).toBe(200);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'organization.updated',
        subjectType: 'organization',
        subjectId: organizationId,
        payload: { before: { population: null }, after: { population: 1200 } },
      });

      const member = `/admin/organizations/${organizationId}/members/${tenant.users.otherApplicant.id}`;
      expect((await admin.post(member)).status).toBe(200);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'organization.memberAdded',
        subjectType: 'organization',
        subjectId: organizationId,
        payload: { userId: tenant.users.otherApplicant.id },
      });
      expect((await admin.delete(member)).status).toBe(200);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'organization.memberRemoved',
        subjectType: 'organization',
        subjectId: organizationId,
        payload: { userId: tenant.users.otherApplicant.id },
      });
    });

    it('records a user created without the password or its hash, a role change and a sign-out', async () => {
      const admin = await as('admin');
      const created = await admin.post('/admin/users', {
        email: 'Sato@Ichinoseki.example',
        displayName: '佐藤 花子',
        role: 'officer',
        password: NEW_PASSWORD,
        liaisonAreas: ['花泉'],
      });
      expect(created.status).toBe(201);
      const userId = created.body.id as string;
      const entry = await onlyNewEntry();
      expect(subjectOf(entry)).toEqual({
        action: 'user.created',
        subjectType: 'user',
        subjectId: userId,
        payload: { after: { email: 'Sato@Ichinoseki.example', displayName: '佐藤 花子', role: 'officer', liaisonAreas: ['花泉'] } },
      });

      clock.setTokyoDate('2025-06-02');
      // Leaving the officer role clears the liaison areas: both are changes; the unchanged name is not.
      expect((await admin.patch(`/admin/users/${userId}`, { role: 'approver', displayName: '佐藤 花子' })).status).toBe(200);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'user.updated',
        subjectType: 'user',
        subjectId: userId,
        payload: { before: { role: 'officer', liaisonAreas: ['花泉'] }, after: { role: 'approver', liaisonAreas: [] } },
      });

      expect((await admin.post(`/admin/users/${userId}/sign-out`)).status).toBe(204);
      expect(subjectOf(await onlyNewEntry())).toEqual({ action: 'user.signedOut', subjectType: 'user', subjectId: userId, payload: {} });
    });

    it('records a closed day added, its reason changed and the day removed; the same reason again is no change', async () => {
      const admin = await as('admin');
      expect((await admin.post('/admin/closed-days', { date: '2026-01-05', reason: '庁舎点検' })).status).toBe(201);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'closedDay.added',
        subjectType: 'closedDay',
        subjectId: '2026-01-05',
        payload: { before: null, after: { reason: '庁舎点検' } },
      });
      expect((await admin.post('/admin/closed-days', { date: '2026-01-05', reason: '庁舎の電気設備点検' })).status).toBe(201);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'closedDay.added',
        subjectType: 'closedDay',
        subjectId: '2026-01-05',
        payload: { before: { reason: '庁舎点検' }, after: { reason: '庁舎の電気設備点検' } },
      });
      expect((await admin.post('/admin/closed-days', { date: '2026-01-05', reason: '庁舎の電気設備点検' })).status).toBe(201);
      expect(await newEntries()).toEqual([]);

      expect((await admin.delete('/admin/closed-days/2026-01-05')).status).toBe(204);
      expect(subjectOf(await onlyNewEntry())).toEqual({
        action: 'closedDay.removed',
        subjectType: 'closedDay',
        subjectId: '2026-01-05',
        payload: { before: { reason: '庁舎の電気設備点検' } },
      });
    });

    it('chains the entries: sequences 1, 2, 3 … and each previous_hash the hash before it', async () => {
      const rows = await entriesOf(tenant);
      expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, index) => index + 1));
      rows.forEach((row, index) => expect(row.previous_hash).toBe(index === 0 ? null : rows[index - 1]!.hash));
      expect(await verifyAdministrationChains(api.app.get(DataSource), { tenantId: tenant.id })).toEqual({
        tenantsChecked: 1,
        entriesChecked: rows.length,
        firstBroken: null,
      });
    });

    it('never holds a password or a password hash', async () => {
      const [trail] = await api.database.query<{ text: string }>(`SELECT coalesce(string_agg(payload::text, ' '), '') AS text FROM administration_entry`);
      expect(trail?.text).toContain('佐藤 花子');
      expect(trail?.text).not.toContain(NEW_PASSWORD);
      expect(trail?.text).not.toContain(TEST_PASSWORD);
      expect(trail?.text).not.toContain('$argon2');
      expect(trail?.text).not.toMatch(/password/i);
    });
  });

  describe('a refused or failed change', () => {
    const attempts = (): Array<[Who, Method, string, object?]> => [
      // Refused by the role: every write endpoint, by each role but admin.
      ...NON_ADMIN_ROLES.flatMap((role): Array<[Who, Method, string, object?]> => [
        [role, 'post', '/admin/programs', { ...SUPPORT, code: '不正' }],
        [role, 'post', `/admin/programs/${encodeURIComponent(SUPPORT.code)}/versions`, { ...SUPPORT, version: 2 }],
        [role, 'post', '/admin/organizations', { name: '不正な団体', type: 'npo', area: '一関' }],
        [role, 'patch', `/admin/organizations/${tenant.organizationId}`, { name: '乗っ取り' }],
        [role, 'post', `/admin/organizations/${tenant.otherOrganizationId}/members/${tenant.users.applicant.id}`],
        [role, 'delete', `/admin/organizations/${tenant.organizationId}/members/${tenant.users.applicant.id}`],
        [role, 'post', '/admin/users', { email: 'intruder@ichinoseki.example', displayName: '侵入', role: 'admin', password: NEW_PASSWORD }],
        [role, 'patch', `/admin/users/${tenant.users.officer.id}`, { role: 'admin' }],
        [role, 'post', `/admin/users/${tenant.users.officer.id}/sign-out`],
        [role, 'post', '/admin/closed-days', { date: '2026-02-02', reason: '不正' }],
        [role, 'delete', '/admin/closed-days/2026-02-02'],
      ]),
      // Refused by the rules, for the admin.
      ['admin', 'post', '/admin/programs', SUPPORT],
      ['admin', 'post', '/admin/programs', { ...SUPPORT, code: '壊れた', rate: { numerator: 3, denominator: 2 } }],
      ['admin', 'post', `/admin/programs/${encodeURIComponent(SUPPORT.code)}/versions`, { ...SUPPORT, version: 5 }],
      ['admin', 'post', '/admin/users', { email: 'OFFICER@ichinoseki.example', displayName: '重複', role: 'officer', password: NEW_PASSWORD }],
      ['admin', 'post', '/admin/users', { email: 'new@ichinoseki.example', displayName: '新人', role: 'finance', password: NEW_PASSWORD, liaisonAreas: ['舞川'] }],
      ['admin', 'patch', `/admin/users/${tenant.users.admin.id}`, { role: 'officer' }],
      ['admin', 'patch', `/admin/users/${otherTenant.users.officer.id}`, { role: 'approver' }],
      ['admin', 'post', `/admin/users/${otherTenant.users.officer.id}/sign-out`],
      ['admin', 'post', `/admin/organizations/${tenant.organizationId}/members/${tenant.users.officer.id}`],
      ['admin', 'delete', `/admin/organizations/${tenant.organizationId}/members/${tenant.users.otherApplicant.id}`],
      ['admin', 'patch', `/admin/organizations/${otherTenant.organizationId}`, { name: '越境' }],
      ['admin', 'delete', '/admin/closed-days/2026-03-03'],
      ['admin', 'post', '/admin/closed-days', { date: '2026-02-30', reason: 'ない日' }],
    ];

    it('writes no entry in either trail', async () => {
      const before = await Promise.all([entriesOf(tenant), entriesOf(otherTenant)]);
      for (const [who, method, path, body] of attempts()) {
        const client = await as(who);
        const response = await (method === 'get' || method === 'delete' ? client[method](path) : client[method](path, body ?? {}));
        expect({ who, method, path, refused: response.status >= 400 && response.status < 500 }).toEqual({ who, method, path, refused: true });
      }
      expect(await Promise.all([entriesOf(tenant), entriesOf(otherTenant)])).toEqual(before);
    });

    it('writes no entry for a change that changes nothing: a member added twice, an update to the same values', async () => {
      const admin = await as('admin');
      const member = `/admin/organizations/${tenant.organizationId}/members/${tenant.users.applicant.id}`;
      expect((await admin.post(member)).status).toBe(200);
      expect((await admin.patch(`/admin/organizations/${tenant.organizationId}`, { name: '舞川地区地域協働体', population: 4300 })).status).toBe(200);
      expect((await admin.patch(`/admin/users/${tenant.users.officer.id}`, { role: 'officer', displayName: 'officer' })).status).toBe(200);
      expect(await newEntries()).toEqual([]);
    });

    it('leaves no entry when the transaction rolls back after the append, and the next one takes the same sequence', async () => {
      const dataSource = api.app.get(DataSource);
      const next = (await countOf(tenant)) + 1;
      const entry = {
        actor: { userId: tenant.users.admin.id, tenantId: tenant.id, role: 'admin' },
        action: 'user.signedOut' as const,
        subjectId: tenant.users.finance.id,
        payload: {},
        occurredAt: clock.now(),
      };
      await expect(
        dataSource.transaction(async (manager) => {
          expect((await appendAdministrationEntry(manager, entry)).sequence).toBe(next);
          throw new Error('the change failed after its entry was appended');
        }),
      ).rejects.toThrow('the change failed');
      expect(await countOf(tenant)).toBe(next - 1);

      await expect(appendAdministrationEntry(dataSource.manager, entry)).rejects.toMatchObject({ code: AuditErrorCode.NoTransaction });
      const appended = await dataSource.transaction((manager) => appendAdministrationEntry(manager, entry));
      expect(appended.sequence).toBe(next);
      await newEntries();
    });
  });

  describe('GET /admin/audit/administration', () => {
    beforeAll(async () => {
      // The other municipality's administrator at work: entries that must never show here.
      const other = await as('admin', otherTenant);
      expect((await other.post('/admin/organizations', { name: '盛岡の団体', type: 'npo', area: '盛岡' })).status).toBe(201);
      expect((await other.post(`/admin/users/${otherTenant.users.officer.id}/sign-out`)).status).toBe(204);
      expect(await countOf(otherTenant)).toBe(2);
    });

    it("lists the municipality's entries newest first, dated in Tokyo", async () => {
      const response = await (await as('admin')).get('/admin/audit/administration?limit=100');
      expect(response.status).toBe(200);
      const rows = await entriesOf(tenant);
      expect(response.body.nextBefore).toBeNull();
      expect(response.body.items.map((item: { sequence: number }) => item.sequence)).toEqual(rows.map((row) => row.sequence).reverse());
      const created = response.body.items.find((item: { action: string }) => item.action === 'organization.created');
      const row = rows.find((candidate) => candidate.action === 'organization.created')!;
      expect(created).toEqual({
        id: row.id,
        sequence: row.sequence,
        action: 'organization.created',
        subjectType: 'organization',
        subjectId: row.subject_id,
        actorUserId: tenant.users.admin.id,
        actorRole: 'admin',
        payload: row.payload,
        // 10:15 in Tokyo is 01:15 UTC, the same day.
        occurredAt: '2025-05-14T01:15:00.250Z',
        occurredOn: '2025-05-14',
        occurredOnJa: '令和7年5月14日',
        previousHash: row.previous_hash,
        hash: row.hash,
      });
    });

    it("never lists another municipality's entries, and takes no tenant from the query", async () => {
      const mine = await (await as('admin')).get('/admin/audit/administration?limit=100');
      const theirs = await (await as('admin', otherTenant)).get('/admin/audit/administration?limit=100');
      const ids = (page: request.Response) => page.body.items.map((item: { id: string }) => item.id);
      expect(ids(theirs)).toEqual((await entriesOf(otherTenant)).map((row) => row.id).reverse());
      expect(ids(mine)).toHaveLength(await countOf(tenant));
      expect(ids(mine).filter((id: string) => ids(theirs).includes(id))).toEqual([]);
      expect(theirs.body.items.every((item: { actorUserId: string }) => item.actorUserId === otherTenant.users.admin.id)).toBe(true);

      const smuggled = await (await as('admin')).get(`/admin/audit/administration?tenant=${otherTenant.id}`);
      expect(smuggled.status).toBe(400);
      expect(problemMessages(smuggled.body)).toEqual(['property tenant should not exist']);
    });

    it('pages with limit and before, and filters by action', async () => {
      const admin = await as('admin');
      const sequences: number[] = [];
      let path = '/admin/audit/administration?limit=3';
      for (;;) {
        const page = await admin.get(path);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(3);
        sequences.push(...page.body.items.map((item: { sequence: number }) => item.sequence));
        if (page.body.nextBefore === null) break;
        path = `/admin/audit/administration?limit=3&before=${page.body.nextBefore}`;
      }
      const total = await countOf(tenant);
      expect(sequences).toEqual(Array.from({ length: total }, (_, index) => total - index));

      const updates = await admin.get('/admin/audit/administration?action=user.updated');
      expect(updates.body.items.map((item: { action: string }) => item.action)).toEqual(['user.updated']);
      const closedDays = await admin.get('/admin/audit/administration?action=closedDay.added&limit=1');
      expect(closedDays.body.items).toHaveLength(1);
      expect(closedDays.body.items[0].payload).toEqual({ before: { reason: '庁舎点検' }, after: { reason: '庁舎の電気設備点検' } });
      const older = await admin.get(`/admin/audit/administration?action=closedDay.added&limit=1&before=${closedDays.body.nextBefore}`);
      expect(older.body).toMatchObject({ items: [{ payload: { before: null, after: { reason: '庁舎点検' } } }], nextBefore: null });
    });

    it.each([
      ['action=user.deleted', /^action must be one of program\.created, /],
      ['limit=0', /^limit must be a whole number from 1 to 100$/],
      ['limit=101', /^limit must be a whole number from 1 to 100$/],
      ['before=abc', /^before must be a sequence number/],
      ['before=0', /^before must be a sequence number/],
    ])('refuses %s with 400 naming the field', async (query, message) => {
      const response = await (await as('admin')).get(`/admin/audit/administration?${query}`);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body)).toEqual([expect.stringMatching(message)]);
    });

    it.each(NON_ADMIN_ROLES)('refuses %s with 403 naming the admin role, before looking at the query', async (role) => {
      const response = await (await as(role)).get('/admin/audit/administration?limit=0');
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'ADMIN_FORBIDDEN', message: 'only admin may read the audit trail', allowedRoles: ['admin'] });
    });
  });

  describe('concurrent changes', () => {
    it("give one municipality's entries gap-free sequences and an intact chain", async () => {
      const before = await countOf(tenant);
      const admin = await as('admin');
      const requests = Array.from({ length: 24 }, (_, index) => {
        switch (index % 4) {
          case 0:
            return admin.post('/admin/organizations', { name: `同時の団体 ${index}`, type: 'npo', area: '一関' });
          case 1:
            return admin.post('/admin/closed-days', { date: `2027-01-${String(index).padStart(2, '0')}`, reason: `同時 ${index}` });
          case 2:
            return admin.post(`/admin/users/${tenant.users.finance.id}/sign-out`);
          default:
            return admin.patch(`/admin/users/${tenant.users.reviewer.id}`, { displayName: `審査員 ${index}` });
        }
      });
      const statuses = (await Promise.all(requests)).map((response) => response.status);
      expect(statuses.every((status) => status >= 200 && status < 300)).toBe(true);

      const rows = await entriesOf(tenant);
      expect(rows).toHaveLength(before + 24);
      expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, index) => index + 1));
      expect((await verifyAdministrationChains(api.app.get(DataSource), { tenantId: tenant.id })).firstBroken).toBeNull();
      await newEntries();
    });
  });

  describe('append-only in the database', () => {
    /** A statement on a connection acting as the application role, as the API's connections do. */
    async function asApplication(sql: string) {
      const client = new pg.Client({ connectionString: api.database.url, options: '-c role=grants_app' });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    }

    it.each([
      ['UPDATE', `UPDATE administration_entry SET action = 'user.created'`],
      ['DELETE', `DELETE FROM administration_entry`],
      ['TRUNCATE', `TRUNCATE administration_entry`],
    ])('refuses %s even to the database owner', async (operation, sql) => {
      const before = await api.database.query(`SELECT * FROM administration_entry ORDER BY id`);
      await expect(api.database.query(sql)).rejects.toThrow(`administration_entry is append-only: ${operation} refused`);
      expect(await api.database.query(`SELECT * FROM administration_entry ORDER BY id`)).toEqual(before);
    });

    it("gives the application's role only SELECT and INSERT, whatever the triggers", async () => {
      await api.database.query(`ALTER TABLE administration_entry DISABLE TRIGGER USER`);
      try {
        for (const sql of [`UPDATE administration_entry SET action = 'user.created'`, `DELETE FROM administration_entry`, `TRUNCATE administration_entry`]) {
          await expect(asApplication(sql)).rejects.toThrow(/permission denied for table administration_entry/);
        }
      } finally {
        await api.database.query(`ALTER TABLE administration_entry ENABLE TRIGGER USER`);
      }
      expect(await asApplication(`SELECT count(*)::int AS n FROM administration_entry`)).toEqual([
        { n: (await countOf(tenant)) + (await countOf(otherTenant)) },
      ]);
    });

    it('refuses a first entry with a previous hash, a later one without, and a second entry with a taken sequence', async () => {
      const insert = (sequence: number, previous: string | null) =>
        api.database.query(
          `INSERT INTO administration_entry (tenant_id, sequence, actor_user_id, actor_role, action, subject_type, subject_id, payload, occurred_at, previous_hash, hash)
           VALUES ($1, $2, $3, 'admin', 'user.signedOut', 'user', $4, '{}', now(), $5, 'h')`,
          [tenant.id, sequence, tenant.users.admin.id, tenant.users.finance.id, previous],
        );
      await expect(insert(1, 'h0')).rejects.toThrow(/administration_entry_check|duplicate key/);
      await expect(insert(10_000, null)).rejects.toThrow(/administration_entry_check/);
      await expect(insert(2, 'h1')).rejects.toThrow(/duplicate key value violates unique constraint "administration_entry_tenant_id_sequence_key"/);
    });
  });

  describe('verification', () => {
    let owner: DataSource;

    beforeAll(async () => {
      owner = await new DataSource(dataSourceOptions(api.database.url)).initialize();
    });

    afterAll(async () => {
      if (owner?.isInitialized) await owner.destroy();
    });

    /** Changes the trail as the database owner can, with the triggers off for the moment. */
    const tamper = (sql: string, values: unknown[]) =>
      owner.transaction(async (manager) => {
        await manager.query('ALTER TABLE administration_entry DISABLE TRIGGER administration_entry_no_update_or_delete');
        await manager.query(sql, values);
        await manager.query('ALTER TABLE administration_entry ENABLE TRIGGER administration_entry_no_update_or_delete');
      });

    it("reports both kinds of chain to an admin, keeping the cases' fields, and names an entry the database owner rewrote", async () => {
      const admin = await as('admin');
      const intact = await admin.get('/admin/audit/verify');
      expect(intact.status).toBe(200);
      expect(intact.body).toEqual({
        casesChecked: 0,
        entriesChecked: 0,
        firstBroken: null,
        administration: { tenantsChecked: 1, entriesChecked: await countOf(tenant), firstBroken: null },
      });
      expect((await (await as('officer')).get('/admin/audit/verify')).body).toMatchObject({ code: 'ADMIN_FORBIDDEN', allowedRoles: ['admin'] });

      // A role change rewritten into a lesser one.
      const victim = (await entriesOf(tenant)).find((row) => row.action === 'user.updated' && 'role' in (row.payload.after as object))!;
      await tamper(`UPDATE administration_entry SET payload = jsonb_set(payload, '{after,role}', '"reviewer"') WHERE id = $1`, [victim.id]);
      const broken = await admin.get('/admin/audit/verify');
      expect(broken.body.administration.firstBroken).toEqual({
        entryId: victim.id,
        tenantId: tenant.id,
        sequence: victim.sequence,
        reason: 'hash does not match its content',
      });
      expect(broken.body.firstBroken).toBeNull();
      // The other municipality's trail is its own, and intact.
      expect((await (await as('admin', otherTenant)).get('/admin/audit/verify')).body.administration).toEqual({
        tenantsChecked: 1,
        entriesChecked: 2,
        firstBroken: null,
      });
    });

    it('names the entry after one the database owner deleted', async () => {
      const [first, second] = await entriesOf(otherTenant);
      await tamper(`DELETE FROM administration_entry WHERE id = $1`, [first!.id]);
      expect(await verifyAdministrationChains(owner, { tenantId: otherTenant.id })).toEqual({
        tenantsChecked: 1,
        entriesChecked: 1,
        firstBroken: { entryId: second!.id, tenantId: otherTenant.id, sequence: 2, reason: 'sequence 1 missing' },
      });
    });
  });
});
