import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * The one place that says how the application talks to PostgreSQL. The schema only ever
 * changes by migration. With a `role`, every connection acts as it (SET ROLE at connect):
 * the API and worker run as the application role; migrations run as the login, which owns the tables.
 */
export function dataSourceOptions(databaseUrl: string, role: string | null = null): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName: 'community-grants',
    ...(role && { extra: { options: `-c role=${role}` } }),
  };
}
