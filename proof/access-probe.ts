import { createHmac } from 'node:crypto';
import {
  ADD_NOTE,
  type MatrixCaller,
  type MatrixReadTarget,
  READ,
  READ_TARGETS,
  REVIEWS,
  ROLES,
  TARGETS,
} from '../libs/testing/src/case-access-matrix.js';
import { TEST_PASSWORD } from '../libs/testing/src/tenant.factory.js';
import type { ApiClient } from './api-client.js';
import { PROOF_PROGRAM } from './proof-seed.js';
import type { ProofStack } from './proof-stack.js';

const READ_ROUTES: Array<[string, (caseId: string) => string]> = [
  ['GET /cases/{id}', (id) => `/cases/${id}`],
  ['GET /cases/{id}/history', (id) => `/cases/${id}/history`],
  ['GET /cases/{id}/attachments', (id) => `/cases/${id}/attachments`],
  ['GET /cases/{id}/notices', (id) => `/cases/${id}/notices`],
  ['GET /cases/{id}/expenses', (id) => `/cases/${id}/expenses`],
  ['GET /cases/{id}/payments', (id) => `/cases/${id}/payments`],
  ['GET /cases/{id}/notes', (id) => `/cases/${id}/notes`],
];

/**
 * The access matrix of the case API (the same expectations as its end-to-end test), asked
 * round after round while the load runs, plus tokens the API must refuse: expired, tampered,
 * unsigned, signed with another key. Every answer that differs from the expectation is kept.
 */
export class AccessProbe {
  readonly mismatches: string[] = [];
  cells = 0;
  rounds = 0;

  private constructor(
    private readonly api: ApiClient,
    private readonly tokens: Map<MatrixCaller, string>,
    private readonly cases: Record<MatrixReadTarget, string>,
    private readonly forged: Array<[string, string]>,
    private readonly control: string,
  ) {}

  /** Logs the matrix's callers in and opens the cases it asks about (the first two municipalities). */
  static async prepare(stack: ProofStack): Promise<AccessProbe> {
    const [home, away] = stack.tenants.map((tenant) => tenant.seeded);
    if (!home || !away) throw new Error('the security checks need two municipalities: PROOF_TENANTS must be 2 or more');
    const api = stack.client;
    const tokens = new Map<MatrixCaller, string>();
    for (const who of ROLES) tokens.set(who, await api.login(home.code, home.users[who].email, TEST_PASSWORD));
    const awayApplicant = await api.login(away.code, away.users.applicant.email, TEST_PASSWORD);
    const token = (who: MatrixCaller) => tokens.get(who) as string;

    const open = async (bearer: string, organizationId: string, start: string) => {
      const answer = await api.send('POST', '/cases', bearer, { programCode: PROOF_PROGRAM.code, organizationId, start });
      if (answer.status !== 201) throw new Error(`opening a case for the access matrix: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.id as string;
    };
    const send = async (bearer: string, caseId: string, body: object) => {
      const answer = await api.send('POST', `/cases/${caseId}/events`, bearer, body);
      if (answer.status !== 200) throw new Error(`preparing the access matrix: ${answer.status} ${JSON.stringify(answer.body)}`);
    };
    const inReview = await open(token('applicant'), home.organizationId, 'application');
    for (const documentKind of PROOF_PROGRAM.requiredDocuments.application) {
      const content = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
      const stored = await api.upload(`/cases/${inReview}/attachments`, token('applicant'), { documentKind }, { name: `${documentKind}.pdf`, type: 'application/pdf', content });
      if (stored.status !== 201) throw new Error(`preparing the access matrix: ${stored.status} ${JSON.stringify(stored.body)}`);
    }
    await send(token('applicant'), inReview, {
      type: 'SUBMIT',
      requestedAmount: 60_000,
      plannedExpenses: [{ category: PROOF_PROGRAM.eligibleExpenseCategories[0], amount: 90_000 }],
    });
    await send(token('officer'), inReview, { type: 'ACCEPT' });
    await send(token('officer'), inReview, { type: 'ASSIGN_REVIEWER', reviewerId: home.users.reviewer.id });
    // The matrix's reviewer has declared no conflict of interest: before it the application is withheld from them (403).
    await send(token('reviewer'), inReview, { type: 'AFFIRM_NO_CONFLICT' });
    const cases: Record<MatrixReadTarget, string> = {
      own: await open(token('applicant'), home.organizationId, 'consultation'),
      otherOrganization: await open(token('otherApplicant'), home.otherOrganizationId, 'consultation'),
      otherTenant: await open(awayApplicant, away.organizationId, 'consultation'),
      inReview,
    };

    const officer = claimsOf(token('officer'));
    const now = Math.floor(Date.now() / 1000);
    const forged: Array<[string, string]> = [
      ['expired (signed with the right key)', sign({ ...officer, iat: now - 7200, exp: now - 3600 }, stack.jwtSecret)],
      ['tampered (role raised to admin, signature kept)', tamper(token('officer'), { ...officer, role: 'admin' })],
      ['tampered (another tenant id, signature kept)', tamper(token('officer'), { ...officer, tenantId: away.id })],
      ['unsigned (alg none)', `${encode({ alg: 'none', typ: 'JWT' })}.${encode(officer)}.`],
      ['signed with another key', sign(officer, 'not-the-secret-of-this-deployment-0123456789')],
      ['not a token', 'garbage'],
    ];
    // The same signing with a valid expiry must be honoured, or the refusals above prove nothing.
    const control = sign({ ...officer, iat: now, exp: now + 3600 }, stack.jwtSecret);
    return new AccessProbe(api, tokens, cases, forged, control);
  }

  /** Rounds of every cell until `until`, `parallel` rounds at a time. */
  async run(until: number, parallel: number): Promise<void> {
    const prober = async () => {
      while (Date.now() < until) {
        await this.round();
        this.rounds += 1;
      }
    };
    await Promise.all(Array.from({ length: parallel }, prober));
  }

  private async round(): Promise<void> {
    for (const who of ROLES) {
      const bearer = this.tokens.get(who) as string;
      for (const [route, path] of READ_ROUTES) {
        for (const [index, target] of READ_TARGETS.entries()) await this.expect(`${route} by ${who} on ${target}`, READ[who][index] as number, 'GET', path(this.cases[target]), bearer);
      }
      for (const [index, target] of READ_TARGETS.entries()) {
        await this.expect(`GET /cases/{id}/reviews by ${who} on ${target}`, REVIEWS[who][index] as number, 'GET', `/cases/${this.cases[target]}/reviews`, bearer);
      }
      for (const [index, target] of TARGETS.entries()) {
        await this.expect(`ADD_NOTE by ${who} on ${target}`, ADD_NOTE[who][index] as number, 'POST', `/cases/${this.cases[target]}/events`, bearer, {
          type: 'ADD_NOTE',
          note: `確認 ${this.rounds}`,
        });
      }
    }
    await this.expect('a token signed like the forged ones, valid', 200, 'GET', `/cases/${this.cases.own}`, this.control);
    for (const [what, forged] of this.forged) await this.expect(`${what} token`, 401, 'GET', `/cases/${this.cases.own}`, forged);
  }

  private async expect(cell: string, status: number, method: string, path: string, bearer: string, body?: object): Promise<void> {
    const answer = await this.api.send(method, path, bearer, body).catch((error: Error) => error);
    this.cells += 1;
    const got = answer instanceof Error ? answer.message : answer.status === status ? null : `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
    if (got !== null && this.mismatches.length < 50) this.mismatches.push(`${cell}: expected ${status}, got ${got}`);
  }
}

function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
}

function sign(claims: object, secret: string): string {
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

function tamper(token: string, claims: object): string {
  const [header, , signature] = token.split('.');
  return `${header}.${encode(claims)}.${signature}`;
}
