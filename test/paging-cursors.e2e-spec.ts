import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, startApiTestApp } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

const SUPPORT = seedProgram('協働支援');
/** Four instants inside one millisecond, as rows written by one transaction or a busy minute may have. */
const SAME_MILLISECOND = ['2025-05-01T00:00:00.123100Z', '2025-05-01T00:00:00.123200Z', '2025-05-01T00:00:00.123300Z', '2025-05-01T00:00:00.123400Z'];

/**
 * Paging one row at a time through rows created within one millisecond sees every row: the
 * cursor keeps PostgreSQL's microseconds (cut to milliseconds, it skipped the rest of that
 * millisecond).
 */
describe('paging cursors across rows of one millisecond (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'] });
    [tenant] = api.tenants as [SeededTenant];
  });

  afterAll(() => api?.close());

  async function everyPage(path: string, who: 'applicant'): Promise<string[]> {
    const client = await api.as(who);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await client.get(`${path}?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      seen.push(...(response.body.items as Array<{ id: string }>).map((item) => item.id));
      cursor = response.body.nextCursor;
    } while (cursor !== null && seen.length < 10);
    return seen;
  }

  async function openCase(): Promise<string> {
    const response = await (await api.as('applicant')).post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  it('GET /cases gives each case once', async () => {
    const ids: string[] = [];
    for (const createdAt of SAME_MILLISECOND) {
      const id = await openCase();
      await api.database.query(`UPDATE grant_case SET created_at = $2 WHERE id = $1`, [id, createdAt]);
      ids.push(id);
    }
    expect(await everyPage('/cases', 'applicant')).toEqual([...ids].reverse());
  });

  it('GET /me/notifications gives each notification once', async () => {
    const caseId = await openCase();
    const [deadline] = await api.database.query<{ id: string }>(
      `INSERT INTO deadline (tenant_id, case_id, kind, subject, due_on, due_at, remind_roles, reminder_days_before, escalate_after_days)
       VALUES ($1, $2, 'reportDue', '', '2025-06-02', '2025-06-02T14:59:59.999Z', ARRAY['applicant'], ARRAY[0], 3) RETURNING id`,
      [tenant.id, caseId],
    );
    const ids: string[] = [];
    for (const [index, createdAt] of SAME_MILLISECOND.entries()) {
      const [row] = await api.database.query<{ id: string }>(
        `INSERT INTO notification (tenant_id, user_id, case_id, deadline_id, reminder_key, kind, subject, body, created_at)
         VALUES ($1, $2, $3, $4, $5, 'reminder', '【期限のお知らせ】', '本文', $6) RETURNING id`,
        [tenant.id, tenant.users.applicant.id, caseId, deadline?.id, `reminder-${deadline?.id}-${index}`, createdAt],
      );
      ids.push(row?.id as string);
    }
    expect(await everyPage('/me/notifications', 'applicant')).toEqual([...ids].reverse());
  });
});
