import fc from 'fast-check';
import type { CaseRole } from '#libs/lifecycle';
import { seedProgram } from '#libs/programs';
import { CASE_STATE_LABELS } from '#libs/lifecycle';
import { TEST_PASSWORD } from '#libs/testing';
import { CLIENT_EVENT_TYPES, type ClientEventType } from '../../apps/api/src/cases/dto/case-event-registry.js';
import { CLOSED_DAY, FIRST_PLAN, type FuzzWorld, type OwnedId, SUPPORT } from './fuzz-world.js';
import { type FuzzBody, nearValidBody, noBody } from './json-body.arbitraries.js';
import { multipartUpload } from './multipart.arbitraries.js';
import { idParam, type ParamValue, textParam } from './path-param.arbitraries.js';
import { type FuzzQuery, PAGING, queryArbitrary, type QueryModel } from './query.arbitraries.js';

/** What the fuzz sends to one route, besides who sends it and the headers. */
export interface RouteRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  params: ParamValue[];
  query: FuzzQuery;
  body: FuzzBody | null;
}

/** What a request may depend on besides the world: the upload limit, and the caller's municipality. */
export interface RequestContext {
  attachmentMaxBytes: number;
  tenant: OwnedId['tenant'];
}

export interface Endpoint {
  route: string;
  /** The roles that may ever get a 2xx here; `public` for the routes without a token. */
  roles: readonly CaseRole[] | 'public';
  request(world: FuzzWorld, context: RequestContext): fc.Arbitrary<RouteRequest>;
}

const EVERYONE: readonly CaseRole[] = ['applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'];
const CASE_READERS: readonly CaseRole[] = ['applicant', 'officer', 'reviewer', 'approver', 'finance'];
const ADMIN: readonly CaseRole[] = ['admin'];
/** The staff who look up the municipality's people and organizations. */
const STAFF: readonly CaseRole[] = ['officer', 'approver', 'finance'];
const NO_QUERY: FuzzQuery = { raw: '', broken: [] };

type ParamArbitraries = Record<string, fc.Arbitrary<ParamValue>>;

/**
 * A route from its template (`/cases/:id/events`): each `:name` from its arbitrary, a query
 * from the model (none when absent) and a body (none when absent).
 */
function route(
  method: RouteRequest['method'],
  template: string,
  parts: { params?: ParamArbitraries; query?: QueryModel; requiredQuery?: string[]; body?: fc.Arbitrary<FuzzBody | null> } = {},
): fc.Arbitrary<RouteRequest> {
  const names = [...template.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const params = fc.tuple(...names.map((name) => (parts.params?.[name] as fc.Arbitrary<ParamValue>)));
  const query = parts.query ? queryArbitrary(parts.query, parts.requiredQuery) : fc.constant(NO_QUERY);
  return fc.record({ params, query, body: parts.body ?? noBody }).map(({ params: values, query: fuzzQuery, body }) => {
    const path = names.reduce((built, name, index) => built.replace(`:${name}`, (values[index] as ParamValue).raw), template);
    const request: RouteRequest = { method, path: fuzzQuery.raw ? `${path}?${fuzzQuery.raw}` : path, params: values, query: fuzzQuery, body };
    // fast-check prints a counterexample with this: the bytes of a body would fill pages.
    return Object.assign(request, { [fc.toStringMethod]: () => describeRouteRequest(request) });
  });
}

/** One line per part, short enough to read in a failure report. */
export function describeRouteRequest(request: RouteRequest): string {
  const params = request.params.map((param) => param.description).join('; ');
  const path = request.path.length > 300 ? `${request.path.slice(0, 300)}…` : request.path;
  return [`${request.method} ${path}`, params && `params: ${params}`, request.body && `body: ${request.body.description}`].filter(Boolean).join('\n  ');
}

const caseId = (world: FuzzWorld) => idParam('id', world.cases);

/** A valid body of each event type, each for some state of the world; the fuzz breaks one field of it. */
function eventTemplates(world: FuzzWorld): Record<ClientEventType, object> {
  const change = { description: '会場の変更', plannedExpenses: FIRST_PLAN, requestedAmount: 50_000 };
  return {
    ADD_NOTE: { note: '公民館の使用料は対象になりますか' },
    CONCLUDE_CONSULTATION: { summary: '申請へ進む' },
    CLOSE_WITHOUT_APPLICATION: { reason: '今年度は見送る' },
    START_APPLICATION: {},
    SUBMIT: { requestedAmount: 60_000, plannedExpenses: FIRST_PLAN },
    RESUBMIT: { requestedAmount: 60_000, plannedExpenses: FIRST_PLAN },
    ACCEPT: {},
    RETURN_FOR_CORRECTION: { reason: '会場費の計上漏れ', dueOn: '2025-06-02' },
    WITHDRAW: { reason: '事業の見直し' },
    ASSIGN_REVIEWER: { reviewerId: world.home.users.secondReviewer.id },
    AFFIRM_NO_CONFLICT: {},
    SUBMIT_REVIEW: { scores: [{ criterion: '公益性', score: 4 }], comment: '計画は妥当' },
    DECLARE_CONFLICT: { reason: '申請団体の役員と親族関係にある' },
    DECIDE_GRANT: { amount: 60_000, conditions: ['実績報告時に写真を添付すること'], noticeNumber: '一協第20号' },
    DECIDE_REJECT: { reasons: ['予算の範囲を超える'], noticeNumber: '一協第21号' },
    START_PROJECT: {},
    REQUEST_ADVANCE: { amount: 10_000 },
    RECORD_PAYMENT: { amount: 10_000, paidOn: '2025-05-09', kind: 'prepayment' },
    REQUEST_CHANGE: change,
    NOTIFY_MINOR_CHANGE: change,
    APPROVE_CHANGE: { amount: 50_000, noticeNumber: '一協第22号' },
    REJECT_CHANGE: { reason: '変更の必要が認められない' },
    REQUEST_DISCONTINUE: { reason: '講師の都合' },
    APPROVE_DISCONTINUE: { noticeNumber: '一協第23号' },
    REJECT_DISCONTINUE: { reason: '継続可能と認められる' },
    REVOKE: { reason: '目的外使用', noticeNumber: '一協第24号', refundOrderNumber: '一協第25号' },
    COMPLETE_PROJECT: { completedOn: '2025-05-09' },
    SUBMIT_REPORT: { actualExpenses: FIRST_PLAN, outcomes: '講演会 2回' },
    RETURN_REPORT: { reason: '領収書の不足', dueOn: null },
    CONFIRM_AMOUNT: { noticeNumber: '一協第26号', amount: null, refundOrderNumber: null },
    RECORD_REFUND: { amount: 1_000, refundedOn: '2025-05-09' },
  };
}

const eventBody = (world: FuzzWorld): fc.Arbitrary<FuzzBody | null> => {
  const templates = eventTemplates(world);
  return fc.constantFrom(...CLIENT_EVENT_TYPES).chain((type) => nearValidBody({ type, ...templates[type] }));
};

const CASE_FILTERS = (world: FuzzWorld): QueryModel => ({
  program: fc.constantFrom(SUPPORT.code, '合意形成', "' OR 1=1 --", '%', '_', '\\', '‘協働’'),
  state: fc.constantFrom(...Object.keys(CASE_STATE_LABELS)),
  fiscalYear: fc.constantFrom('2025', '2000', '2100'),
  organization: fc.constantFrom(...world.organizations.map((organization) => organization.id)),
  assignedToMe: fc.constantFrom('true', 'false'),
  overdue: fc.constantFrom('true', 'false'),
  ...PAGING,
});

/** A valid program of the caller's municipality: a definition must name the municipality of its administrator. */
const programOf = (tenant: OwnedId['tenant']) => ({ ...seedProgram('協働支援'), municipality: tenant === 'home' ? 'ichinoseki' : 'morioka' });

/** Every route of apps/api (the grep of the brief), and the queue dashboard Express serves beside them. */
export const ENDPOINTS: readonly Endpoint[] = [
  {
    route: 'POST /auth/login',
    roles: 'public',
    request: (world) =>
      route('POST', '/auth/login', {
        body: fc
          .constantFrom(...world.emails)
          .chain(({ tenant, email }) => nearValidBody({ tenant, email, password: TEST_PASSWORD })),
      }),
  },
  {
    route: 'POST /auth/session',
    roles: 'public',
    request: (world) =>
      route('POST', '/auth/session', {
        body: fc
          .constantFrom(...world.emails)
          .chain(({ tenant, email }) => nearValidBody({ tenant, email, password: TEST_PASSWORD })),
      }),
  },
  { route: 'GET /auth/session', roles: EVERYONE, request: () => route('GET', '/auth/session') },
  { route: 'POST /auth/logout', roles: EVERYONE, request: () => route('POST', '/auth/logout') },
  { route: 'GET /me', roles: EVERYONE, request: () => route('GET', '/me') },
  { route: 'GET /me/tasks', roles: CASE_READERS, request: () => route('GET', '/me/tasks') },
  { route: 'GET /programs', roles: EVERYONE, request: () => route('GET', '/programs') },
  {
    route: 'GET /directory/users',
    roles: STAFF,
    request: (world) =>
      route('GET', '/directory/users', {
        query: { role: fc.constantFrom('reviewer', 'officer', 'mayor'), forCase: fc.constantFrom(...world.cases.map((owned) => owned.id)) },
      }),
  },
  { route: 'GET /directory/organizations', roles: STAFF, request: () => route('GET', '/directory/organizations') },
  { route: 'GET /health', roles: 'public', request: () => route('GET', '/health') },
  {
    route: 'GET /calendar/holidays',
    roles: EVERYONE,
    request: () => route('GET', '/calendar/holidays', { query: { year: fc.constantFrom('2025', '1970', '2050') }, requiredQuery: ['year'] }),
  },

  { route: 'GET /cases', roles: CASE_READERS, request: (world) => route('GET', '/cases', { query: CASE_FILTERS(world) }) },
  {
    route: 'POST /cases',
    roles: ['applicant', 'officer'],
    request: (world) =>
      route('POST', '/cases', {
        body: fc
          .constantFrom(...world.organizations)
          .chain((organization) => nearValidBody({ programCode: SUPPORT.code, organizationId: organization.id, start: 'consultation' })),
      }),
  },
  { route: 'GET /cases/:id', roles: CASE_READERS, request: (world) => route('GET', '/cases/:id', { params: { id: caseId(world) } }) },
  { route: 'GET /cases/:id/history', roles: CASE_READERS, request: (world) => route('GET', '/cases/:id/history', { params: { id: caseId(world) } }) },
  {
    route: 'POST /cases/:id/events',
    roles: ['applicant', 'officer', 'reviewer', 'approver', 'finance'],
    request: (world) => route('POST', '/cases/:id/events', { params: { id: caseId(world) }, body: eventBody(world) }),
  },
  {
    route: 'POST /cases/:id/events/preview',
    roles: ['applicant', 'officer', 'reviewer', 'approver', 'finance'],
    request: (world) => route('POST', '/cases/:id/events/preview', { params: { id: caseId(world) }, body: eventBody(world) }),
  },
  { route: 'GET /cases/:id/expenses', roles: CASE_READERS, request: (world) => route('GET', '/cases/:id/expenses', { params: { id: caseId(world) } }) },
  { route: 'GET /cases/:id/payments', roles: CASE_READERS, request: (world) => route('GET', '/cases/:id/payments', { params: { id: caseId(world) } }) },
  { route: 'GET /cases/:id/notes', roles: CASE_READERS, request: (world) => route('GET', '/cases/:id/notes', { params: { id: caseId(world) } }) },
  { route: 'GET /cases/:id/reviews', roles: ['officer', 'reviewer', 'approver'], request: (world) => route('GET', '/cases/:id/reviews', { params: { id: caseId(world) } }) },

  {
    route: 'POST /cases/:id/attachments',
    roles: ['applicant', 'officer'],
    request: (world, { attachmentMaxBytes }) =>
      route('POST', '/cases/:id/attachments', {
        params: { id: caseId(world) },
        body: multipartUpload(
          world.attachments.map((attachment) => attachment.id),
          attachmentMaxBytes,
        ),
      }),
  },
  { route: 'GET /cases/:id/attachments', roles: CASE_READERS, request: (world) => route('GET', '/cases/:id/attachments', { params: { id: caseId(world) } }) },
  {
    route: 'GET /cases/:id/attachments/:attachmentId',
    roles: CASE_READERS,
    request: (world) => route('GET', '/cases/:id/attachments/:attachmentId', { params: { id: caseId(world), attachmentId: idParam('attachmentId', world.attachments) } }),
  },
  { route: 'GET /cases/:id/notices', roles: CASE_READERS, request: (world) => route('GET', '/cases/:id/notices', { params: { id: caseId(world) } }) },
  {
    route: 'GET /cases/:id/notices/:noticeId',
    roles: CASE_READERS,
    request: (world) =>
      route('GET', '/cases/:id/notices/:noticeId', {
        params: { id: caseId(world), noticeId: idParam('noticeId', world.notices) },
        query: { format: fc.constantFrom('html', 'pdf') },
      }),
  },

  { route: 'GET /me/notifications', roles: EVERYONE, request: () => route('GET', '/me/notifications', { query: { unread: fc.constantFrom('true', 'false'), ...PAGING } }) },
  {
    route: 'POST /me/notifications/:id/read',
    roles: EVERYONE,
    request: (world) => route('POST', '/me/notifications/:id/read', { params: { id: idParam('id', world.notifications) } }),
  },
  {
    route: 'GET /reports/fiscal-year-close',
    roles: ['officer', 'approver', 'finance'],
    request: () =>
      route('GET', '/reports/fiscal-year-close', {
        query: { fiscalYear: fc.constantFrom('2025', '2026', '2000'), format: fc.constantFrom('json', 'csv') },
        requiredQuery: ['fiscalYear'],
      }),
  },

  { route: 'GET /admin/audit/verify', roles: ADMIN, request: () => route('GET', '/admin/audit/verify') },
  {
    route: 'GET /admin/audit/administration',
    roles: ADMIN,
    request: () =>
      route('GET', '/admin/audit/administration', {
        query: { action: fc.constantFrom('user.created', 'closedDay.added', 'program.created'), before: fc.constantFrom('1', '2', '2147483647'), ...PAGING },
      }),
  },
  { route: 'GET /admin/programs', roles: ADMIN, request: () => route('GET', '/admin/programs') },
  { route: 'GET /admin/programs/:code', roles: ADMIN, request: () => route('GET', '/admin/programs/:code', { params: { code: textParam('code', [SUPPORT.code, '合意形成', '無い事業']) } }) },
  { route: 'POST /admin/programs', roles: ADMIN, request: (_world, { tenant }) => route('POST', '/admin/programs', { body: nearValidBody({ ...programOf(tenant), code: '新事業' }) }) },
  {
    route: 'POST /admin/programs/:code/versions',
    roles: ADMIN,
    // The body's code must be the path's: the template takes it from the path when that is a code at all.
    request: (_world, { tenant }) =>
      textParam('code', [SUPPORT.code, '合意形成']).chain((code) =>
        route('POST', '/admin/programs/:code/versions', {
          params: { code: fc.constant(code) },
          body: nearValidBody({ ...programOf(tenant), code: code.broken ? SUPPORT.code : decodeURIComponent(code.raw), version: 2 }),
        }),
      ),
  },

  { route: 'GET /admin/organizations', roles: ADMIN, request: () => route('GET', '/admin/organizations') },
  {
    route: 'POST /admin/organizations',
    roles: ADMIN,
    request: () => route('POST', '/admin/organizations', { body: nearValidBody({ name: '真滝地区自治会', type: 'neighborhoodAssociation', area: '真滝', population: 1200 }) }),
  },
  {
    route: 'PATCH /admin/organizations/:id',
    roles: ADMIN,
    request: (world) =>
      route('PATCH', '/admin/organizations/:id', {
        params: { id: idParam('id', world.organizations) },
        body: nearValidBody({ name: '舞川地区地域協働体', area: '舞川', population: 4300 }),
      }),
  },
  {
    route: 'POST /admin/organizations/:id/members/:userId',
    roles: ADMIN,
    request: (world) =>
      route('POST', '/admin/organizations/:id/members/:userId', { params: { id: idParam('id', world.organizations), userId: idParam('userId', world.users) } }),
  },
  {
    route: 'DELETE /admin/organizations/:id/members/:userId',
    roles: ADMIN,
    request: (world) =>
      route('DELETE', '/admin/organizations/:id/members/:userId', { params: { id: idParam('id', world.organizations), userId: idParam('userId', world.users) } }),
  },

  { route: 'GET /admin/users', roles: ADMIN, request: () => route('GET', '/admin/users') },
  {
    route: 'POST /admin/users',
    roles: ADMIN,
    request: () =>
      route('POST', '/admin/users', {
        body: fc.oneof(
          nearValidBody({ email: 'new-officer@ichinoseki.example', displayName: '新任 職員', role: 'officer', password: TEST_PASSWORD, liaisonAreas: ['舞川'] }),
          // Without a password the API issues a one-time one.
          nearValidBody({ email: 'new-reviewer@ichinoseki.example', displayName: '新任 審査員', role: 'reviewer' }),
        ),
      }),
  },
  {
    route: 'PATCH /admin/users/:id',
    roles: ADMIN,
    request: (world) =>
      route('PATCH', '/admin/users/:id', { params: { id: idParam('id', world.users) }, body: nearValidBody({ displayName: '改名', role: 'applicant', liaisonAreas: [] }) }),
  },
  { route: 'POST /admin/users/:id/sign-out', roles: ADMIN, request: (world) => route('POST', '/admin/users/:id/sign-out', { params: { id: idParam('id', world.users) } }) },

  { route: 'GET /admin/closed-days', roles: ADMIN, request: () => route('GET', '/admin/closed-days') },
  { route: 'POST /admin/closed-days', roles: ADMIN, request: () => route('POST', '/admin/closed-days', { body: nearValidBody({ date: '2026-08-13', reason: '庁舎設備点検のため閉庁' }) }) },
  { route: 'DELETE /admin/closed-days/:date', roles: ADMIN, request: () => route('DELETE', '/admin/closed-days/:date', { params: { date: textParam('date', [CLOSED_DAY, '2026-08-13', '2026-01-01']) } }) },

  // Nobody opens the dashboard here: QUEUE_DASHBOARD_TENANT is unset in the test configuration.
  { route: 'POST /admin/queues/session', roles: [], request: () => route('POST', '/admin/queues/session') },
  { route: 'GET /admin/queues', roles: [], request: () => route('GET', '/admin/queues') },
];
