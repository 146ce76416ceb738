import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The one way a use case gets a transaction: everything `work` writes through the
 * manager commits together, or nothing does.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** READ COMMITTED, PostgreSQL's default: the use cases lock the rows they change. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * For a read that is one statement: no transaction, so no BEGIN and COMMIT round trips.
   * A read of several statements that must agree with each other uses `run`.
   */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
  }
}
