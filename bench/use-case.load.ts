import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { tokyoDateOf } from '#libs/calendar';
import { ApplyCaseEvent, CasesModule, type CaseUser, OpenCase } from '#libs/cases';
import { type AppConfig, ConfigModule } from '#libs/config';
import type { CaseEventBody, CaseRole } from '#libs/lifecycle';
import { PersistenceModule } from '#libs/persistence';
import { seedProgram } from '#libs/programs';
import type { SeededTenant } from '../libs/testing/src/tenant.factory.js';
import { testConfig } from '../libs/testing/src/test-config.js';
import { type LoadPlan, type LoadResult, noteProblem, runClosedLoop } from './closed-loop.js';

/** What the API wires for an event, minus HTTP: the validated config, TypeORM on PostgreSQL, the case use cases. */
@Module({})
class UseCaseBenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: UseCaseBenchModule, imports: [ConfigModule.forRoot(config), PersistenceModule.forRoot(), CasesModule] };
  }
}

/** 地域協働体支援事業補助金: no application window and no multi-year cap, so every case can run its whole course today. */
const SUPPORT = seedProgram('協働支援');
const CATEGORY = SUPPORT.eligibleExpenseCategories[0] as string;

interface Step {
  who: CaseRole;
  /** The body as a client sends it (the use case adds actor, date and server-derived figures). */
  body: (serial: number) => object;
}

/**
 * A grant from filing to payment, as in the end-to-end spec: eleven events after the opening
 * START_APPLICATION. Amounts: 90,000 yen planned at 2/3 is 60,000 requested, decided,
 * confirmed (90,000 spent) and paid. Notice numbers are unique per case, as the schema wants.
 */
const LIFECYCLE: readonly Step[] = [
  {
    who: 'applicant',
    body: () => ({
      type: 'SUBMIT',
      requestedAmount: 60_000,
      plannedExpenses: [{ category: CATEGORY, amount: 90_000 }],
    }),
  },
  { who: 'officer', body: () => ({ type: 'ACCEPT' }) },
  { who: 'officer', body: () => ({ type: 'ASSIGN_REVIEWER' }) }, // reviewerId added by `bodyOf`
  { who: 'reviewer', body: () => ({ type: 'AFFIRM_NO_CONFLICT' }) },
  { who: 'reviewer', body: () => ({ type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '地域の課題に即した計画' }) },
  { who: 'approver', body: (serial) => ({ type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: `一協第${serial}号` }) },
  { who: 'applicant', body: () => ({ type: 'START_PROJECT' }) },
  { who: 'applicant', body: () => ({ type: 'COMPLETE_PROJECT', completedOn: tokyoDateOf(new Date()) }) },
  {
    who: 'applicant',
    body: () => ({
      type: 'SUBMIT_REPORT',
      actualExpenses: [{ category: CATEGORY, amount: 90_000 }],
      outcomes: '地区の活動報告会を3回開催',
    }),
  },
  { who: 'approver', body: (serial) => ({ type: 'CONFIRM_AMOUNT', noticeNumber: `一協確第${serial}号`, amount: null, refundOrderNumber: null }) },
  { who: 'finance', body: () => ({ type: 'RECORD_PAYMENT', amount: 60_000, paidOn: tokyoDateOf(new Date()), kind: 'finalPayment' }) },
];

/** The events of one case through the use cases: OpenCase (START_APPLICATION) and then LIFECYCLE. */
export const EVENTS_PER_CASE = LIFECYCLE.length + 1;

/** Phase 1: cases driven through OpenCase and ApplyCaseEvent in a Nest application context, no HTTP. */
export class UseCaseBench {
  /** Unique across the run's loads, for notice numbers. */
  private serial = 0;
  private closed: Promise<void> | undefined;

  private constructor(
    private readonly app: INestApplicationContext,
    private readonly tenant: SeededTenant,
  ) {}

  static async start(databaseUrl: string, redisUrl: string, tenant: SeededTenant): Promise<UseCaseBench> {
    // The test configuration (kept in step with AppConfig by whoever changes it), quiet and on this database.
    const config = testConfig(databaseUrl, { redisUrl, logLevel: 'silent' });
    const app = await NestFactory.createApplicationContext(UseCaseBenchModule.forRoot(config), { logger: false });
    return new UseCaseBench(app, tenant);
  }

  /** Each client opens a case and sends it the lifecycle, then the next case, until the time is up. */
  lifecycle(plan: LoadPlan): Promise<LoadResult> {
    const openCase = this.app.get(OpenCase);
    const applyCaseEvent = this.app.get(ApplyCaseEvent);
    return runClosedLoop(plan, async (_index, tally, until) => {
      while (Date.now() < until) {
        const serial = ++this.serial;
        let caseId: string;
        try {
          const opened = await openCase.execute({
            user: this.user('applicant'),
            programCode: SUPPORT.code,
            organizationId: this.tenant.organizationId,
            start: 'application',
            idempotency: null,
          });
          caseId = opened.body.id;
          tally.done += 1;
        } catch (error) {
          noteProblem(tally, error);
          continue;
        }
        for (const step of LIFECYCLE) {
          if (Date.now() >= until) return;
          try {
            await applyCaseEvent.execute({ user: this.user(step.who), caseId, body: this.bodyOf(step, serial), expectedVersion: null, idempotency: null });
            tally.done += 1;
          } catch (error) {
            noteProblem(tally, `${(step.body(serial) as { type: string }).type}: ${error instanceof Error ? error.message : String(error)}`);
            break;
          }
        }
      }
    });
  }

  /** Consultations (相談) opened by the officer: ADD_NOTE is accepted there again and again. */
  async openConsultations(count: number): Promise<string[]> {
    const openCase = this.app.get(OpenCase);
    const ids: string[] = [];
    for (let opened = 0; opened < count; opened++) {
      const answer = await openCase.execute({
        user: this.user('officer'),
        programCode: SUPPORT.code,
        organizationId: this.tenant.organizationId,
        start: 'consultation',
        idempotency: null,
      });
      ids.push(answer.body.id);
    }
    return ids;
  }

  /** ADD_NOTE by the officer through the use case: the in-process peer of POST /cases/{id}/events. */
  notes(plan: LoadPlan, caseIds: readonly string[]): Promise<LoadResult> {
    const applyCaseEvent = this.app.get(ApplyCaseEvent);
    const officer = this.user('officer');
    return runClosedLoop(plan, async (index, tally, until) => {
      // Each client keeps to its own cases, so clients never queue on one another's row locks.
      for (let next = index; Date.now() < until; next += plan.clients) {
        const caseId = caseIds[next % caseIds.length] as string;
        try {
          await applyCaseEvent.execute({ user: officer, caseId, body: NOTE, expectedVersion: null, idempotency: null });
          tally.done += 1;
        } catch (error) {
          noteProblem(tally, error);
        }
      }
    });
  }

  /** Closes the context once, however often it is asked (after the use case loads, and the clean-up on failure). */
  close(): Promise<void> {
    this.closed ??= this.app.close();
    return this.closed;
  }

  private user(role: CaseRole): CaseUser {
    return {
      userId: this.tenant.users[role].id,
      tenantId: this.tenant.id,
      role,
      organizationIds: role === 'applicant' ? [this.tenant.organizationId] : [],
      liaisonAreas: [],
    };
  }

  private bodyOf(step: Step, serial: number): CaseEventBody {
    const body = step.body(serial) as { type: string };
    if (body.type === 'ASSIGN_REVIEWER') return { ...body, reviewerId: this.tenant.users.reviewer.id } as unknown as CaseEventBody;
    return body as unknown as CaseEventBody;
  }
}

/** The note every ADD_NOTE sends, over HTTP and in process alike. */
export const NOTE = { type: 'ADD_NOTE', note: '電話で相談: 申請書の書き方について' } as const satisfies CaseEventBody;
