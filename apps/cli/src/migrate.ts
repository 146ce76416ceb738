import 'reflect-metadata';
import { loadConfigOrExit, readAppConfig } from '#libs/config';
import { runMigrations } from '#libs/persistence';

// `npm run db:migrate`: applies pending migrations; a second run changes nothing.
const config = loadConfigOrExit(readAppConfig);
try {
  const applied = await runMigrations(config.databaseUrl);
  process.stdout.write(
    applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
      : 'The database schema is up to date: no pending migrations.\n',
  );
} catch (error) {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
