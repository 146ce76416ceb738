import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { type ApiTestApp, changedTables, databaseSnapshot, SettableClock, startApiTestApp } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';
import { describeRouteRequest, type Endpoint, ENDPOINTS, type RouteRequest } from './fuzz/endpoint-catalogue.js';
import { type Caller, callersOf, FuzzSessions, roleOf } from './fuzz/fuzz-callers.js';
import { buildFuzzWorld, type FuzzWorld } from './fuzz/fuzz-world.js';
import { POLLUTION_MARKER } from './fuzz/garbage.arbitraries.js';
import { authorizationHeader, type FuzzHeaders, fuzzHeaders, keepsIdentity } from './fuzz/header.arbitraries.js';
import { RawHttpClient, type RawResponse } from './fuzz/raw-http.client.js';
import { type Broken, refusalViolations } from './fuzz/response-contract.js';

/**
 * Runs per route. The default (20 × 41 routes) keeps this file near 35 s on the 2-core
 * machine it was written on; `npm run proof:fuzz` runs 150 per route in about 4.5 minutes.
 * FUZZ_SEED replays a run; fast-check prints the seed and the path of a failure.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 20_250_510);
/** Small, so that oversized uploads cost nothing; the default is 20 MiB. */
const ATTACHMENT_MAX_BYTES = 64 * 1024;

const decodes = (raw: string) => {
  try {
    decodeURIComponent(raw);
    return true;
  } catch {
    return false;
  }
};

describe('fuzzing every route of the API as every role (real PostgreSQL, files on disk)', () => {
  let api: ApiTestApp;
  let world: FuzzWorld;
  let client: RawHttpClient;
  let sessions: FuzzSessions;
  let attachmentsDir: string;
  const clock = new SettableClock(new Date('2025-05-10T12:00:00+09:00'));

  beforeAll(async () => {
    attachmentsDir = await mkdtemp(join(tmpdir(), 'fuzz-attachments-'));
    api = await startApiTestApp({
      module: ApiModule,
      configure: configureApiApp,
      tenants: ['ichinoseki', 'morioka'],
      clock,
      config: { attachmentsDir, attachmentMaxBytes: ATTACHMENT_MAX_BYTES },
    });
    world = await buildFuzzWorld(api);
    client = await RawHttpClient.listeningOn(api.app.getHttpServer() as Server);
    sessions = new FuzzSessions(client, world);
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await api?.close();
    if (attachmentsDir) await rm(attachmentsDir, { recursive: true, force: true });
  });

  /** Every file under the attachments folder: a refused upload must leave none, temporary ones included. */
  async function storedFiles(): Promise<string[]> {
    const entries = await readdir(attachmentsDir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => !entry.isDirectory()).map((entry) => relative(attachmentsDir, join(entry.parentPath, entry.name))).sort();
  }

  const describeRequest = (caller: Caller, request: RouteRequest, headers: FuzzHeaders) =>
    `${describeRouteRequest(request)}\n  as ${caller.who} of ${caller.tenant}, Authorization ${headers.authorization}, headers ${JSON.stringify(headers.values).slice(0, 300)}`;

  /** What must hold of any answer, 2xx or 4xx; the violations, none when it holds. */
  function answerViolations(endpoint: Endpoint, caller: Caller, request: RouteRequest, headers: FuzzHeaders, response: RawResponse): string[] {
    if (response.status >= 500) return [`answered ${response.status}: ${response.text.slice(0, 300)}`];
    const problems: string[] = [];
    if (({} as Record<string, unknown>)[POLLUTION_MARKER] !== undefined) problems.push(`Object.prototype.${POLLUTION_MARKER} was set`);
    if (response.status >= 200 && response.status < 300 && endpoint.roles !== 'public') {
      const identified = caller.who !== 'anonymous' && keepsIdentity(headers.authorization);
      if (!identified) problems.push(`answered ${response.status} to a caller without a valid token`);
      else if (!endpoint.roles.includes(roleOf(caller.who as Exclude<Caller['who'], 'anonymous'>))) problems.push(`answered ${response.status} to ${caller.who}, not one of ${endpoint.roles.join(', ')}`);
      const foreign = request.params.filter((param) => param.tenant !== null && param.tenant !== caller.tenant);
      if (foreign.length > 0) problems.push(`answered ${response.status} about ${foreign.map((param) => param.description).join(', ')} to a caller of ${caller.tenant}`);
    }
    return problems;
  }

  const brokenBy = (request: RouteRequest, headers: FuzzHeaders): Broken => {
    // A parameter whose percent-encoding does not decode is refused by the router, quoting it rather than naming it.
    const params = request.params.filter((param) => param.broken).flatMap((param) => (decodes(param.raw) ? [param.name] : [param.name, param.raw]));
    const parts: Broken[] = [params, request.query.broken, request.body?.broken ?? [], headers.broken];
    return parts.includes('unknown') ? 'unknown' : parts.flatMap((part) => part as string[]);
  };

  const endsSessions = (endpoint: Endpoint, response: RawResponse) =>
    (response.status < 300 && ['POST /auth/logout', 'POST /admin/users/:id/sign-out'].includes(endpoint.route)) ||
    (response.status === 401 && (response.body as { code?: string }).code === 'AUTH_SIGNED_OUT');

  it('has a database snapshot that names the tables an accepted request changed, and nothing else', async () => {
    const before = await databaseSnapshot(api.database);
    expect(changedTables(before, await databaseSnapshot(api.database))).toEqual([]);
    const consultation = world.cases.find((owned) => owned.label === 'consultation')?.id as string;
    const token = await sessions.tokenOf({ who: 'applicant', tenant: 'home' });
    const response = await client.send({
      method: 'POST',
      path: `/cases/${consultation}/events`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ type: 'ADD_NOTE', note: '会場の候補を相談したい' })),
    });
    expect(response.status).toBe(200);
    expect(changedTables(before, await databaseSnapshot(api.database))).toEqual(['audit_entry', 'consultation_note', 'grant_case', 'outbox']);
  });

  it.each(ENDPOINTS.map((endpoint) => [endpoint.route, endpoint] as const))(
    '%s: never a 5xx; a refusal says why and changes nothing',
    async (_route, endpoint) => {
      const requests = callersOf(endpoint.roles).chain((caller) =>
        endpoint.request(world, { attachmentMaxBytes: ATTACHMENT_MAX_BYTES, tenant: caller.tenant }).map((request) => ({ caller, request })),
      );
      const property = fc.asyncProperty(requests, fuzzHeaders, async ({ caller, request }, headers) => {
        const token = await sessions.tokenOf(caller);
        const authorization = authorizationHeader(headers.authorization, token, headers.authorizationGarbage);
        const [databaseBefore, filesBefore] = [await databaseSnapshot(api.database), await storedFiles()];

        const response = await client.send({
          method: request.method,
          path: request.path,
          headers: { ...headers.values, ...(authorization === null ? {} : { authorization }), ...(request.body ? { 'content-type': request.body.contentType } : {}) },
          body: request.body?.bytes,
        });

        const problems = answerViolations(endpoint, caller, request, headers, response);
        if (response.status >= 400 && response.status < 500) {
          problems.push(...refusalViolations(response, brokenBy(request, headers)));
          const changed = changedTables(databaseBefore, await databaseSnapshot(api.database));
          if (changed.length > 0) problems.push(`the refusal changed the tables ${changed.join(', ')}`);
          const files = await storedFiles();
          if (files.join('\n') !== filesBefore.join('\n')) problems.push(`the refusal changed the attachment files: ${files.filter((file) => !filesBefore.includes(file)).join(', ')}`);
        }
        if (endsSessions(endpoint, response)) sessions.forgetAll();
        if (problems.length > 0) {
          throw new Error(`${problems.join('\n')}\n  ${describeRequest(caller, request, headers)}\n  answer ${response.status}: ${response.text.slice(0, 500)}`);
        }
      });
      // The world changes with every accepted request, so a shrunk counterexample would not replay: the first one is reported.
      await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
    },
    Math.max(60_000, RUNS * 1_000),
  );
});
