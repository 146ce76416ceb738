import { createHash } from 'node:crypto';
import type { ClientLedger } from '../libs/testing/src/invariants/index.js';
import { TEST_PASSWORD } from '../libs/testing/src/tenant.factory.js';
import { type Answer, type ApiClient, NoAnswer } from './api-client.js';
import { CaseJourney, type CaseSeen, JOURNEYS, type Sender } from './case-journey.js';
import { type Operation, OperationStats } from './operation-stats.js';
import { PROOF_PROGRAM, type ProofOrganization, type ProofTenant } from './proof-seed.js';
import { Random } from './random.js';

export interface MixedLoadPlan {
  clients: number;
  seconds: number;
  /** Seeds the choices of every client: the same seed makes the same mix. */
  seed: number;
  /** How long a client keeps retrying a request nobody answered (the API or a service down) after the time is up. */
  retryGraceMs: number;
}

export interface MixedLoadResult {
  stats: OperationStats;
  ledger: ClientLedger;
  seconds: number;
  /** Cases that reached the end of their journey (closed, withdrawn, rejected). */
  finishedCases: number;
}

const RETRY_PAUSE_MS = 250;
const DOCUMENT_KIND = PROOF_PROGRAM.requiredDocuments.application[0] as string;

/**
 * The realistic mix: each client is one organization's applicant who files a case and takes
 * it along a journey (see CaseJourney), the municipality's staff sending their steps, while
 * the applicant and the officer read, list and upload in between, and the administrator
 * now and then updates the organization's register entry. Every open and event carries an
 * Idempotency-Key (and the version seen), so a request nobody answered is sent again as is
 * until it is answered: only answers of success go into the ledger, which the invariant
 * check then holds against the database.
 */
export class MixedLoad {
  readonly stats = new OperationStats();
  readonly ledger: ClientLedger = { opened: [], events: [], uploads: [] };
  private readonly tokens = new Map<string, string>();
  private finishedCases = 0;
  private noticeCounter = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly tenants: ProofTenant[],
    private readonly plan: MixedLoadPlan,
  ) {}

  /** Logs every user in once, before the clock starts. */
  async logIn(): Promise<void> {
    for (const { seeded, organizations } of this.tenants) {
      const emails = [...organizations.map((organization) => organization.applicantEmail), ...Object.values(seeded.users).map((user) => user.email)];
      for (const email of emails) this.tokens.set(`${seeded.code}/${email}`, await this.api.login(seeded.code, email, TEST_PASSWORD));
    }
  }

  async run(): Promise<MixedLoadResult> {
    const startedAt = performance.now();
    const until = Date.now() + this.plan.seconds * 1000;
    await Promise.all(Array.from({ length: this.plan.clients }, (_, index) => this.client(index, until)));
    return { stats: this.stats, ledger: this.ledger, seconds: (performance.now() - startedAt) / 1000, finishedCases: this.finishedCases };
  }

  private async client(index: number, until: number): Promise<void> {
    const tenant = this.tenants[index % this.tenants.length] as ProofTenant;
    const organization = tenant.organizations[Math.floor(index / this.tenants.length) % tenant.organizations.length] as ProofOrganization;
    const random = new Random(this.plan.seed * 1000 + index);
    const giveUpAt = until + this.plan.retryGraceMs;
    const tokenOf = (sender: Sender | 'admin') =>
      this.tokens.get(`${tenant.seeded.code}/${sender === 'applicant' ? organization.applicantEmail : tenant.seeded.users[sender].email}`) as string;
    let requestNumber = 0;

    while (Date.now() < until) {
      // Keyed too: an open whose answer was lost is sent again without filing a second case.
      const openKey = `proof-${this.plan.seed}-${index}-${(requestNumber += 1)}`;
      const opened = await this.answered('open', giveUpAt, () =>
        this.api.send(
          'POST',
          '/cases',
          tokenOf('applicant'),
          { programCode: PROOF_PROGRAM.code, organizationId: organization.id, start: 'application' },
          { 'Idempotency-Key': openKey },
        ),
      );
      if (opened?.status !== 201) continue;
      const caseId = opened.body.id as string;
      this.ledger.opened.push(caseId);
      const journey = new CaseJourney(random.pick(JOURNEYS), tenant.seeded.users.reviewer.id, () => `証第${(this.noticeCounter += 1)}号`);
      let seen = opened.body as CaseSeen & { version: number };

      for (let step = journey.next(seen); step && Date.now() < until; step = journey.next(seen)) {
        await this.sideOperation(random, caseId, organization, tokenOf, giveUpAt);
        const event = step;
        if (!(await this.attachPapers(caseId, event.papers ?? [], tokenOf('applicant')))) break; // a paper missing: the filing would be refused
        const key = `proof-${this.plan.seed}-${index}-${(requestNumber += 1)}`;
        const answer = await this.answered(
          'event',
          giveUpAt,
          () => this.api.send('POST', `/cases/${caseId}/events`, tokenOf(event.sender), event.body, { 'Idempotency-Key': key, 'If-Match': `"${seen.version}"` }),
          `${String(event.body.type)} by ${event.sender} in ${seen.state.code}`,
        );
        if (answer?.status !== 200) break; // refused or unanswered: this case stops here, the invariants still hold it
        this.ledger.events.push({ caseId, type: String(event.body.type), versionAfter: answer.body.version as number });
        journey.accepted(event);
        seen = answer.body;
        if (!journey.next(seen)) this.finishedCases += 1;
      }
    }
  }

  /** Uploads one PDF of each kind, as the applicant; false once one is not stored (the case then stops). */
  private async attachPapers(caseId: string, kinds: readonly string[], token: string): Promise<boolean> {
    for (const documentKind of kinds) {
      const content = pdfOf(this.ledger.uploads.length);
      // Uploads take no Idempotency-Key: one nobody answered is not sent again (it may have been stored).
      const answer = await this.answered('upload', Date.now(), () =>
        this.api.upload(`/cases/${caseId}/attachments`, token, { documentKind }, { name: `${documentKind}.pdf`, type: 'application/pdf', content }),
      );
      if (answer?.status !== 201) return false;
      this.ledger.uploads.push({ caseId, attachmentId: answer.body.id as string, sha256: createHash('sha256').update(content).digest('hex') });
    }
    return true;
  }

  private async sideOperation(random: Random, caseId: string, organization: ProofOrganization, tokenOf: (sender: Sender | 'admin') => string, giveUpAt: number): Promise<void> {
    const roll = random.next();
    if (roll < 0.35) await this.answered('read', giveUpAt, () => this.api.send('GET', `/cases/${caseId}`, tokenOf('applicant')));
    else if (roll < 0.5) await this.answered('history', giveUpAt, () => this.api.send('GET', `/cases/${caseId}/history`, tokenOf('officer')));
    else if (roll < 0.65) await this.answered('list', giveUpAt, () => this.api.send('GET', '/cases?limit=20', tokenOf('applicant')));
    else if (roll < 0.75) {
      await this.answered('list', giveUpAt, () =>
        this.api.send('GET', `/cases?organization=${organization.id}&state=review.inReview&limit=20`, tokenOf('officer')),
      );
    } else if (roll < 0.78) {
      // The municipality's administrator keeps the organization register up to date (an audited administration entry).
      await this.answered('admin', giveUpAt, () =>
        this.api.send('PATCH', `/admin/organizations/${organization.id}`, tokenOf('admin'), { population: 3000 + Math.floor(random.next() * 2000) }),
      );
    } else if (roll < 0.88) {
      const content = pdfOf(random.next());
      // Uploads take no Idempotency-Key: one nobody answered is not sent again (it may have been stored).
      const answer = await this.answered(
        'upload',
        Date.now(),
        () => this.api.upload(`/cases/${caseId}/attachments`, tokenOf('applicant'), { documentKind: DOCUMENT_KIND }, { name: '事業計画書.pdf', type: 'application/pdf', content }),
      );
      if (answer?.status === 201) {
        this.ledger.uploads.push({ caseId, attachmentId: answer.body.id as string, sha256: createHash('sha256').update(content).digest('hex') });
      }
    }
  }

  /**
   * Sends until the API answers with anything but a 5xx, or until `giveUpAt` (now: once): then null.
   * A 5xx or no answer counts as an error of the run, and the same request goes again.
   */
  private async answered(operation: Operation, giveUpAt: number, send: () => Promise<Answer>, what = ''): Promise<Answer | null> {
    for (;;) {
      try {
        const answer = await send();
        this.stats.answered(operation, answer.status, answer.ms, () => `${what} ${JSON.stringify(answer.body)}`.trim());
        if (answer.status < 500) return answer;
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        this.stats.unanswered(operation, error.message);
      }
      if (Date.now() >= giveUpAt) return null;
      await new Promise((wait) => setTimeout(wait, RETRY_PAUSE_MS));
    }
  }
}

/** A small PDF (its signature is checked) of a few KiB, different each time. */
function pdfOf(salt: number): Buffer {
  return Buffer.concat([Buffer.from(`%PDF-1.4\n% proof ${salt}\n`, 'latin1'), Buffer.alloc(4096, 0x20), Buffer.from('\n%%EOF\n', 'latin1')]);
}
