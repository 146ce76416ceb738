import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppConfig, EnvironmentVariables } from '#libs/config';
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
    reminderHour: 9,
    smtpUrl: null,
    mailFrom: 'reminders@test.example',
    appUrl: 'http://grants.test.example',
    outboxPollMs: 50,
    outboxBatchSize: 200,
    reconcileEveryMs: 300_000,
    fiscalYearCloseReportDaysBefore: [30, 7, 1],
    queueDashboardTenant: null,
    // Test files log the same users in many times; the throttling test sets its own limit.
    loginThrottle: { attempts: 1000, attemptsPerAddress: 10_000, windowSeconds: 900 },
    // The web app as `npm test`'s pretest builds it.
    webAppDir: resolve('dist/web'),
    // Attachments in a folder of this configuration's own, with the default limits.
    attachmentsDir: join(tmpdir(), `grants-attachments-${randomBytes(4).toString('hex')}`),
    attachmentMaxBytes: new EnvironmentVariables().ATTACHMENT_MAX_BYTES,
    attachmentMediaTypes: new EnvironmentVariables().ATTACHMENT_MEDIA_TYPES.split(','),
    noticeAppeal: { requestMonths: new EnvironmentVariables().NOTICE_APPEAL_MONTHS, lawsuitMonths: new EnvironmentVariables().NOTICE_LAWSUIT_MONTHS },
    ...overrides,
  });
}

/** Queues of one test file never meet another's on the shared Redis. */
export function uniqueQueuePrefix(): string {
  return `test-${randomBytes(4).toString('hex')}`;
}
