import pg from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, expectEventually, type TestDatabase } from '#libs/testing';
import { dataSourceOptions, isDatabaseUnavailable, UnitOfWork } from '#libs/persistence';

/**
 * A connection PostgreSQL cuts in the middle of a unit of work (a restart, a failover: here
 * pg_terminate_backend from another session) is reported as the database being unavailable,
 * which the API answers 503 with Retry-After, and the unit's writes are not committed.
 */
describe('a unit of work whose connection is cut (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    unitOfWork = new UnitOfWork(dataSource);
    await database.query(`CREATE TABLE written (value text)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function terminate(pid: number): Promise<void> {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query(`SELECT pg_terminate_backend($1)`, [pid]);
    } finally {
      await admin.end();
    }
  }

  it('fails as "database unavailable" and commits nothing', async () => {
    const outcome = await unitOfWork
      .run(async (manager) => {
        await manager.query(`INSERT INTO written VALUES ('half')`);
        const [{ pid }] = await manager.query(`SELECT pg_backend_pid() AS pid`);
        await terminate(pid);
        // As after a restart: pg has seen the server's goodbye and TypeORM has let the runner go.
        await expectEventually(() => expect(manager.queryRunner?.isReleased).toBe(true));
        await manager.query(`INSERT INTO written VALUES ('rest')`);
      })
      .then(
        () => 'committed',
        (error: unknown) => error,
      );

    expect(outcome).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(outcome)).toBe(true);
    expect(await database.query(`SELECT value FROM written`)).toEqual([]);
  });

  it('works again on the next unit: the pool replaced the cut connection', async () => {
    await unitOfWork.run((manager) => manager.query(`INSERT INTO written VALUES ('after')`));
    expect(await database.query(`SELECT value FROM written`)).toEqual([{ value: 'after' }]);
  });

  it('leaves an ordinary failure alone: a constraint violation is not an outage', async () => {
    const outcome = await unitOfWork.run((manager) => manager.query(`INSERT INTO written (value) VALUES ($1::int)`, ['not a number'])).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(outcome)).toBe(false);
  });
});
