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
