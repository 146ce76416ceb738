import { attachPapers, papersFor } from '#libs/testing/case-papers';
import request from 'supertest';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, TEST_PASSWORD } from '#libs/testing';

export const SUPPORT = seedProgram('協働支援');
export const FIRST_PLAN = [{ category: SUPPORT.eligibleExpenseCategories[0] as string, amount: 90_000 }];
/** A closed day the fixture adds, so DELETE /admin/closed-days/{date} has one to find. */
export const CLOSED_DAY = '2026-08-14';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

type Tenant = 'home' | 'away';
/** An id the fuzz sends in a path, and whose municipality it is: another one's must never answer 2xx. */
export interface OwnedId {
  id: string;
  tenant: Tenant;
  label: string;
}

/** What the fuzz aims at: cases in several states of two municipalities, and the things that hang off them. */
export interface FuzzWorld {
  home: SeededTenant;
  away: SeededTenant;
  cases: OwnedId[];
  attachments: OwnedId[];
  notices: OwnedId[];
  notifications: OwnedId[];
  organizations: OwnedId[];
  /**
   * Users an administrator may change or sign out without ending the fuzz's own logins:
   * one made for it, the administrator itself (refusals of its own role), another municipality's.
   */
  users: OwnedId[];
  /** Of every user, for the login route. */
  emails: Array<{ tenant: string; email: string }>;
}

/**
 * Builds the world over HTTP as clients would: in the first municipality a consultation, a
 * draft with an attachment, a case in review (受理通知書), one in progress (交付決定通知書),
 * a withdrawn one and another organization's; in the second one case with an attachment;
 * and an in-app notification for each applicant.
 */
export async function buildFuzzWorld(api: ApiTestApp): Promise<FuzzWorld> {
  const [home, away] = api.tenants as [SeededTenant, SeededTenant];
  const open = async (who: 'applicant' | 'otherApplicant', tenant: SeededTenant, start: 'consultation' | 'application') => {
    const organizationId = who === 'applicant' ? tenant.organizationId : tenant.otherOrganizationId;
    return expectStatus<{ id: string }>(await (await api.as(who, tenant)).post('/cases', { programCode: SUPPORT.code, organizationId, start }), 201).id;
  };
  const send = async (caseId: string, who: keyof SeededTenant['users'], body: object, tenant: SeededTenant = home) =>
    expectStatus(await (await api.as(who, tenant)).post(`/cases/${caseId}/events`, body), 200);
  const upload = async (caseId: string, tenant: SeededTenant) => {
    const token = await api.tokenOf('applicant', tenant);
    const response = await request(api.app.getHttpServer())
      .post(`/cases/${caseId}/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .field('documentKind', 'projectPlan')
      .attach('file', PDF, { filename: '事業計画書.pdf', contentType: 'application/pdf' });
    return expectStatus<{ id: string }>(response, 201).id;
  };
  const submitted = async (tenant: SeededTenant) => {
    const caseId = await open('applicant', tenant, 'application');
    await attachPapers(await api.as('applicant', tenant), caseId, papersFor(SUPPORT, 'application'));
    await send(caseId, 'applicant', { type: 'SUBMIT', requestedAmount: 60_000, plannedExpenses: FIRST_PLAN }, tenant);
    await send(caseId, 'officer', { type: 'ACCEPT' }, tenant);
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id }, tenant);
    return caseId;
  };

  const consultation = await open('applicant', home, 'consultation');
  const draft = await open('applicant', home, 'application');
  const inReview = await submitted(home);
  const inProgress = await submitted(home);
  await send(inProgress, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
  await send(inProgress, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '妥当' });
  await send(inProgress, 'approver', { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第12号' });
  await send(inProgress, 'applicant', { type: 'START_PROJECT' });
  const withdrawn = await open('applicant', home, 'application');
  await send(withdrawn, 'applicant', { type: 'WITHDRAW', reason: '事業の見直し' });
  const otherOrganization = await open('otherApplicant', home, 'consultation');
  const awayCase = await submitted(away);

  const noticesOf = async (caseId: string, tenant: SeededTenant) =>
    expectStatus<Array<{ id: string; kind: string }>>(await (await api.as('officer', tenant)).get(`/cases/${caseId}/notices`), 200);
  const homeNotices = [...(await noticesOf(inReview, home)), ...(await noticesOf(inProgress, home))];
  const awayNotices = await noticesOf(awayCase, away);

  const admin = await api.as('admin');
  expectStatus(await admin.post('/admin/closed-days', { date: CLOSED_DAY, reason: '庁舎設備点検' }), 201);
  const victim = expectStatus<{ id: string }>(
    await admin.post('/admin/users', { email: 'fuzz-victim@ichinoseki.example', displayName: 'fuzz victim', role: 'applicant', password: TEST_PASSWORD }),
    201,
  ).id;

  const notifications = await api.database.query<{ id: string; tenant_id: string }>(
    `INSERT INTO notification (tenant_id, user_id, case_id, deadline_id, reminder_key, kind, subject, body)
     SELECT d.tenant_id, u.id, d.case_id, d.id, 'fuzz-' || d.id, 'reminder', '【期限のお知らせ】', '本文'
       FROM deadline d JOIN app_user u ON u.tenant_id = d.tenant_id AND u.email LIKE 'applicant@%'
      WHERE d.case_id = ANY($1::uuid[]) AND d.status = 'pending'
     RETURNING id, tenant_id`,
    [[inReview, awayCase]],
  );

  const owned = (tenant: Tenant) => (id: string, label: string): OwnedId => ({ id, tenant, label });
  const [atHome, atAway] = [owned('home'), owned('away')];
  return {
    home,
    away,
    cases: [
      atHome(consultation, 'consultation'),
      atHome(draft, 'draft'),
      atHome(inReview, 'in review'),
      atHome(inProgress, 'in progress'),
      atHome(withdrawn, 'withdrawn'),
      atHome(otherOrganization, "another organization's"),
      atAway(awayCase, "another municipality's"),
    ],
    attachments: [atHome(await upload(draft, home), 'of the draft'), atAway(await upload(awayCase, away), "another municipality's")],
    notices: [...homeNotices.map((notice) => atHome(notice.id, notice.kind)), ...awayNotices.map((notice) => atAway(notice.id, notice.kind))],
    notifications: notifications.map((row) => (row.tenant_id === home.id ? atHome : atAway)(row.id, 'reminder')),
    organizations: [atHome(home.organizationId, 'of the applicant'), atHome(home.otherOrganizationId, 'another'), atAway(away.organizationId, "another municipality's")],
    users: [atHome(victim, 'made for the fuzz'), atHome(home.users.admin.id, 'the administrator'), atAway(away.users.applicant.id, "another municipality's applicant")],
    emails: [home, away].flatMap((tenant) => Object.values(tenant.users).map((user) => ({ tenant: tenant.code, email: user.email }))),
  };
}

function expectStatus<Body>(response: { status: number; body: unknown }, status: number): Body {
  if (response.status !== status) throw new Error(`fuzz world: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Body;
}
