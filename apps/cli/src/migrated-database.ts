import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#libs/persistence';

/**
 * Runs a command's work on a database whose migrations are all applied, and closes it after.
 * Pending migrations, or a failure of the work, are said on stderr with exit code 1: a command
 * never writes to a schema older than its code.
 */
export async function onMigratedDatabase(databaseUrl: string, failure: string, work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  try {
    await dataSource.initialize();
    if (await dataSource.showMigrations()) {
      process.stderr.write('The database has pending migrations: run `npm run db:migrate` (or `npm start`) first.\n');
      process.exitCode = 1;
    } else {
      await work(dataSource);
    }
  } catch (error) {
    process.stderr.write(`${failure}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
