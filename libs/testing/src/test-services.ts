/**
 * Where the tests find PostgreSQL and Redis. `.ci/run` sets DATABASE_URL to a database
 * of its own; each test file then creates (and drops) databases of its own beside it.
 */
export const TEST_SERVER_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Set TEST_LOG_LEVEL=debug to see what the processes under test log. */
export const TEST_LOG_LEVEL = (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent';
