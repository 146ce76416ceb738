import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DatabaseConnectionLost } from './database-unavailable.js';

/**
 * The one way a use case gets a transaction: everything `work` writes through the
 * manager commits together, or nothing does.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** READ COMMITTED, PostgreSQL's default: the use cases lock the rows they change. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work).catch(connectionLossAsSuch);
  }

  /**
   * `work` in a transaction that is always rolled back: what an act would write, seen from
   * inside and then undone (a notice's preview). Locks are taken as for real, and released.
   */
  async dryRun<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      return await work(runner.manager);
    } catch (error) {
      return connectionLossAsSuch(error);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * For a read that is one statement: no transaction, so no BEGIN and COMMIT round trips.
   * A read of several statements that must agree with each other uses `run`.
   */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
  }
}

/**
 * TypeORM releases a transaction's query runner when its connection fails, and the next query
 * then throws "already released", which says nothing of why. Inside `run` nothing else
 * releases it, so that error means the connection was lost (PostgreSQL restarting, say).
 * (`read` has no runner of its own: a lost connection there is pg's own error.)
 */
function connectionLossAsSuch(error: unknown): never {
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) {
    throw new DatabaseConnectionLost(error);
  }
  throw error;
}
