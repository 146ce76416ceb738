import { resolve } from 'node:path';
import { ConfigurationException } from './configuration.exception.js';
import type { EnvironmentVariables, LogFormat, LogLevel } from './environment-variables.dto.js';

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The typed configuration the API, the worker and the CLI read; nothing else reads the environment. */
export class AppConfig {
  readonly databaseUrl!: string;
  /** The role to act as after connecting; null keeps the login role. */
  readonly databaseRole!: string | null;
  readonly redisUrl!: string;
  readonly port!: number;
  readonly workerHealthPort!: number;
  readonly workerConcurrency!: number;
  readonly queuePrefix!: string;
  readonly logLevel!: LogLevel;
  readonly logFormat!: LogFormat;
  /** Signs and verifies access tokens. Only the API needs it; `readApiConfig` makes sure it is there. */
  readonly jwtSecret?: string;
  readonly jwtTtlSeconds!: number;
  /** Reminders go out at this hour, Asia/Tokyo. */
  readonly reminderHour!: number;
  /** Null: reminder e-mails are logged as JSON, not sent. */
  readonly smtpUrl!: string | null;
  readonly mailFrom!: string;
  /** The web app's origin, without a trailing slash, for links in messages. */
  readonly appUrl!: string;
  readonly outboxPollMs!: number;
  readonly outboxBatchSize!: number;
  readonly reconcileEveryMs!: number;
  /** Calendar days before 31 May on which the fiscal-year close report goes out, besides the close day. */
  readonly fiscalYearCloseReportDaysBefore!: number[];
  /** Code of the tenant whose admins may open the queue dashboard; null: nobody may. */
  readonly queueDashboardTenant!: string | null;
  /** Password guessing: logins per account and address per window. */
  readonly loginThrottle!: { attempts: number; attemptsPerAddress: number; windowSeconds: number };

  /** The built web app (index.html and its assets) the API serves under /app/. */
  readonly webAppDir!: string;

  /** Attachment files: where they live, the largest accepted, the media types accepted (lower case). */
  readonly attachmentsDir!: string;
  readonly attachmentMaxBytes!: number;
  readonly attachmentMediaTypes!: string[];
  /** 教示 of notices: months to request review (審査請求) and to sue (取消訴訟). */
  readonly noticeAppeal!: { requestMonths: number; lawsuitMonths: number };

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }

  static fromEnvironment(
    variables: EnvironmentVariables,
    isTerminal: boolean,
    { requireJwtSecret = false }: { requireJwtSecret?: boolean } = {},
  ): AppConfig {
    const problems: string[] = [];
    if (!variables.DATABASE_URL) {
      problems.push('DATABASE_URL is not set (for example postgres://user:password@127.0.0.1:5432/grants); `npm start` sets it for you');
    }
    if (requireJwtSecret && !variables.JWT_SECRET) {
      problems.push('JWT_SECRET is not set: the API signs access tokens with it (32 characters at least, for example `openssl rand -base64 48`); `npm start` sets it for you');
    }
    if (problems.length > 0 || !variables.DATABASE_URL) throw new ConfigurationException(problems);
    return new AppConfig({
      databaseUrl: variables.DATABASE_URL,
      databaseRole: variables.DATABASE_ROLE === 'login' ? null : variables.DATABASE_ROLE,
      redisUrl: variables.REDIS_URL ?? DEFAULT_REDIS_URL,
      port: variables.PORT,
      workerHealthPort: variables.WORKER_HEALTH_PORT,
      workerConcurrency: variables.WORKER_CONCURRENCY,
      queuePrefix: variables.QUEUE_PREFIX,
      logLevel: variables.LOG_LEVEL,
      logFormat: logFormatFor(variables, isTerminal),
      jwtSecret: variables.JWT_SECRET,
      jwtTtlSeconds: variables.JWT_TTL_SECONDS,
      reminderHour: variables.REMINDER_HOUR,
      smtpUrl: variables.SMTP_URL ?? null,
      mailFrom: variables.MAIL_FROM,
      appUrl: (variables.APP_URL ?? `http://localhost:${variables.PORT}`).replace(/\/+$/, ''),
      outboxPollMs: variables.OUTBOX_POLL_MS,
      outboxBatchSize: variables.OUTBOX_BATCH_SIZE,
      reconcileEveryMs: variables.RECONCILE_EVERY_MS,
      fiscalYearCloseReportDaysBefore: variables.FISCAL_YEAR_CLOSE_REPORT_DAYS.split(',').map((days) => Number(days.trim())),
      queueDashboardTenant: variables.QUEUE_DASHBOARD_TENANT ?? null,
      loginThrottle: {
        attempts: variables.LOGIN_ATTEMPTS,
        attemptsPerAddress: variables.LOGIN_ATTEMPTS_PER_ADDRESS,
        windowSeconds: variables.LOGIN_WINDOW_SECONDS,
      },
      webAppDir: resolve(variables.WEB_APP_DIR ?? 'dist/web'),
      attachmentsDir: variables.ATTACHMENTS_DIR ?? `${variables.DATA_DIR}/attachments`,
      attachmentMaxBytes: variables.ATTACHMENT_MAX_BYTES,
      attachmentMediaTypes: variables.ATTACHMENT_MEDIA_TYPES.split(',').map((type) => type.trim().toLowerCase()),
      noticeAppeal: { requestMonths: variables.NOTICE_APPEAL_MONTHS, lawsuitMonths: variables.NOTICE_LAWSUIT_MONTHS },
    });
  }
}

/** LOG_FORMAT, or when unset: pretty for a person at a terminal, JSON for everything else. */
export function logFormatFor(variables: EnvironmentVariables, isTerminal: boolean): LogFormat {
  return variables.LOG_FORMAT ?? (isTerminal ? 'pretty' : 'json');
}
