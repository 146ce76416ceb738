import { randomBytes } from 'node:crypto';
import { AppConfig } from '#libs/config';
import { TEST_LOG_LEVEL, TEST_REDIS_URL } from './test-services.js';

/**
 * Configuration for a process under test: its own database, queue prefix and token secret,
 * quiet logs, any free port.
 */
export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return new AppConfig({
    databaseUrl,
    databaseRole: 'grants_app',
    redisUrl: TEST_REDIS_URL,
    port: 0,
    workerHealthPort: 0,
    workerConcurrency: 2,
    queuePrefix: uniqueQueuePrefix(),
    logLevel: TEST_LOG_LEVEL,
    logFormat: 'json',
    jwtSecret: randomBytes(32).toString('hex'),
    jwtTtlSeconds: 3600,
    ...overrides,
  });
}

/** Queues of one test file never meet another's on the shared Redis. */
export function uniqueQueuePrefix(): string {
  return `test-${randomBytes(4).toString('hex')}`;
}
