import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CasesModule, type CaseUser, OpenCase } from '#libs/cases';
import { type AppConfig, ConfigModule } from '#libs/config';
import { PersistenceModule } from '#libs/persistence';
import type { SeededTenant } from '../libs/testing/src/tenant.factory.js';
import { testConfig } from '../libs/testing/src/test-config.js';
import type { BenchDatabase } from './bench-database.js';
import { type LoadResult, noteProblem, type Tally } from './closed-loop.js';
import { CountProgress } from './count-progress.js';
import { BackendCpu } from './process-usage.js';
import { StatementCounter } from './statement-counter.js';

/** What the API wires for opening a case, minus HTTP: the validated config, TypeORM on PostgreSQL, the case use cases. */
@Module({})
class DeadlineLoadModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: DeadlineLoadModule, imports: [ConfigModule.forRoot(config), PersistenceModule.forRoot(), CasesModule] };
  }
}

/**
 * Deadlines written through the event path: each is a draft opened by the applicant with
 * OpenCase (START_APPLICATION) under a program with an application window, whose transaction
 * writes the case, its audit entry, the `applicationWindowCloses` deadline and its
 * `deadline.scheduled` outbox message. The use case runs on the real clock.
 */
export class DeadlineLoad {
  private closed: Promise<void> | undefined;

  private constructor(
    private readonly app: INestApplicationContext,
    private readonly applicant: CaseUser,
    private readonly organizationId: string,
    private readonly database: Pick<BenchDatabase, 'name' | 'pool'>,
  ) {}

  static async start(database: BenchDatabase, redisUrl: string, tenant: SeededTenant): Promise<DeadlineLoad> {
    StatementCounter.install();
    const config = testConfig(database.url, { redisUrl, logLevel: 'silent' });
    const app = await NestFactory.createApplicationContext(DeadlineLoadModule.forRoot(config), { logger: false });
    const applicant: CaseUser = {
      userId: tenant.users.applicant.id,
      tenantId: tenant.id,
      role: 'applicant',
      organizationIds: [tenant.organizationId],
      liaisonAreas: [],
    };
    return new DeadlineLoad(app, applicant, tenant.organizationId, database);
  }

  /**
   * Opens `count` drafts with `clients` concurrent clients, the n-th under `programOf(n)`. A
   * refusal counts and is kept, and the run fails afterwards: deadlines missing would falsify the peak.
   */
  async open(label: string, count: number, clients: number, programOf: (index: number) => string): Promise<LoadResult> {
    const openCase = this.app.get(OpenCase);
    const tally: Tally = { done: 0, refused: 0, problems: [] };
    const backends = await BackendCpu.start(this.database.pool, this.database.name);
    const statementsBefore = StatementCounter.count;
    const cpuBefore = process.cpuUsage();
    const progress = new CountProgress(label, () => tally.done, 'deadlines', count);
    const startedAt = performance.now();
    let next = 0;
    const client = async () => {
      for (let index = next++; index < count; index = next++) {
        try {
          await openCase.execute({
            user: this.applicant,
            programCode: programOf(index),
            organizationId: this.organizationId,
            start: 'application',
            idempotency: null,
          });
          tally.done += 1;
        } catch (error) {
          noteProblem(tally, error);
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: clients }, client));
    } finally {
      progress.stop();
    }
    const seconds = (performance.now() - startedAt) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const backendSeconds = await backends.stop();
    const per = Math.max(tally.done, 1);
    if (tally.refused > 0) throw new Error(`${label}: ${tally.refused} of ${count} refused, e.g. ${tally.problems.join('; ')}`);
    return {
      label,
      clients,
      done: tally.done,
      refused: tally.refused,
      problems: tally.problems,
      seconds,
      perSecond: tally.done / seconds,
      nodeCpuMs: (cpu.user + cpu.system) / 1000 / per,
      backendCpuMs: backendSeconds === null ? null : (backendSeconds * 1000) / per,
      statements: (StatementCounter.count - statementsBefore) / per,
    };
  }

  /** Closes the context once, however often it is asked (after the loads, and the clean-up on failure). */
  close(): Promise<void> {
    this.closed ??= this.app.close();
    return this.closed;
  }
}
