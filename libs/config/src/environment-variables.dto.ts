import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsServiceUrl } from './is-service-url.validator.js';
import { IsWholeNumberBetween } from './is-whole-number-between.validator.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * Every variable the processes read, validated once at start-up.
 * The defaults here are the ones the README's configuration table lists.
 */
export class EnvironmentVariables {
  /** Unset: the main job starts an embedded PostgreSQL; the API and worker refuse to start. */
  @IsOptional()
  @IsServiceUrl(['postgres', 'postgresql'])
  DATABASE_URL?: string;

  /**
   * The role the API and worker act as (SET ROLE at connect): only SELECT and INSERT on the
   * audit trail. `login` keeps the login role of DATABASE_URL as it is.
   */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_ROLE must be a PostgreSQL role name (lower case, digits, _) or login' })
  DATABASE_ROLE: string = 'grants_app';

  /** Unset: redis://127.0.0.1:6379, and the main job starts redis-server there when nothing answers. */
  @IsOptional()
  @IsServiceUrl(['redis', 'rediss'])
  REDIS_URL?: string;

  @IsWholeNumberBetween(1, 65535)
  PORT: number = 3000;

  @IsWholeNumberBetween(1, 65535)
  WORKER_HEALTH_PORT: number = 3001;

  @IsWholeNumberBetween(1, 100)
  WORKER_CONCURRENCY: number = 5;

  /** Keeps the queues of several deployments (or test runs) apart on one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/, {
    message: 'QUEUE_PREFIX must be 1 to 40 lower-case letters, digits, "-" or "_"',
  })
  QUEUE_PREFIX: string = 'grants';

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /** Unset: pretty in a terminal, JSON otherwise. */
  @IsOptional()
  @IsIn(LOG_FORMATS, { message: `LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}` })
  LOG_FORMAT?: LogFormat;

  /** Where the main job keeps the embedded PostgreSQL and the Redis it starts. */
  @IsString()
  @MinLength(1, { message: 'DATA_DIR must not be empty' })
  DATA_DIR: string = '.data';

  @IsWholeNumberBetween(1, 65535)
  EMBEDDED_POSTGRES_PORT: number = 5433;

  /**
   * Signs the API's access tokens (HS256). Required by the API; unset, the main job uses
   * one kept in `${DATA_DIR}/jwt-secret`. 32 characters at least, so it cannot be guessed.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (for example the output of `openssl rand -base64 48`)' })
  JWT_SECRET?: string;

  /** How long an access token stays valid: one minute to one day. */
  @IsWholeNumberBetween(60, 86_400)
  JWT_TTL_SECONDS: number = 3600;

  /** Logins one account may try from one address per LOGIN_WINDOW_SECONDS; more are refused (429) until the window ends. */
  @IsWholeNumberBetween(1, 1000)
  LOGIN_ATTEMPTS: number = 10;

  /** Logins one address may try over all accounts per LOGIN_WINDOW_SECONDS (password spraying). */
  @IsWholeNumberBetween(1, 100_000)
  LOGIN_ATTEMPTS_PER_ADDRESS: number = 100;

  @IsWholeNumberBetween(1, 86_400)
  LOGIN_WINDOW_SECONDS: number = 900;

  /** The built web app the API serves under /app/ (`npm run build:web` writes it); unset: `dist/web` of the working folder. */
  @IsOptional()
  @IsString()
  WEB_APP_DIR?: string;

  /** Where attachment files are kept; unset: `${DATA_DIR}/attachments`. */
  @IsOptional()
  @IsString()
  ATTACHMENTS_DIR?: string;

  /** The largest attachment accepted, in bytes (20 MiB). Uploads are held in memory while checked, hence at most 100 MiB. */
  @IsWholeNumberBetween(1, 104_857_600)
  ATTACHMENT_MAX_BYTES: number = 20 * 1024 * 1024;

  /** Media types accepted as attachments, separated by commas: PDF, JPEG, PNG, Word and Excel (OOXML), CSV. */
  @Matches(/^[a-z0-9][\w!#$&^.+-]*\/[a-z0-9][\w!#$&^.+-]*(\s*,\s*[a-z0-9][\w!#$&^.+-]*\/[a-z0-9][\w!#$&^.+-]*)*$/i, {
    message: 'ATTACHMENT_MEDIA_TYPES must be media types separated by commas, for example application/pdf,image/png',
  })
  ATTACHMENT_MEDIA_TYPES: string = [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
  ].join(',');

  /** Password of the users `npm run db:seed` creates; unset, the seed makes one up and prints it. */
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'DEMO_PASSWORD must be 12 to 200 characters' })
  @MaxLength(200, { message: 'DEMO_PASSWORD must be 12 to 200 characters' })
  DEMO_PASSWORD?: string;

  /** The hour (Asia/Tokyo, 0–23) at which the worker sends the reminders of a day. */
  @IsWholeNumberBetween(0, 23)
  REMINDER_HOUR: number = 9;

  /** Where reminder e-mails go (nodemailer URL, e.g. smtp://user:pass@mail:587). Unset: the worker logs each e-mail as JSON instead. */
  @IsOptional()
  @IsServiceUrl(['smtp', 'smtps'])
  SMTP_URL?: string;

  /** The From address of reminder e-mails. */
  @Matches(/^[^\s@<>]+@[^\s@<>]+$/, { message: 'MAIL_FROM must be an e-mail address, e.g. grants@city.example.jp' })
  MAIL_FROM: string = 'no-reply@localhost';

  /** Where people open the web app: messages link to a case as APP_URL/app/cases/{id}. Defaults to the API on this machine. */
  @IsOptional()
  @IsServiceUrl(['http', 'https'])
  APP_URL?: string;

  /** How often the worker looks for outbox messages to relay when it found none, in milliseconds. */
  @IsWholeNumberBetween(10, 60_000)
  OUTBOX_POLL_MS: number = 1000;

  /** Outbox messages relayed per transaction. */
  @IsWholeNumberBetween(1, 10_000)
  OUTBOX_BATCH_SIZE: number = 200;

  /** How often the reconciler compares pending deadlines with the queued reminders, in milliseconds. */
  @IsWholeNumberBetween(1000, 86_400_000)
  RECONCILE_EVERY_MS: number = 300_000;

  /**
   * When the 未精算案件 report of the fiscal year closing goes out: calendar days before its
   * accounts close on 31 May (出納閉鎖日), besides the close day itself, 0 to 60.
   */
  @Matches(/^([0-5]?\d|60)(\s*,\s*([0-5]?\d|60))*$/, {
    message: 'FISCAL_YEAR_CLOSE_REPORT_DAYS must be days before 31 May separated by commas, each a whole number from 0 to 60 (for example 30,7,1)',
  })
  FISCAL_YEAR_CLOSE_REPORT_DAYS: string = '30,7,1';

  /** The code of the municipality (tenant) whose administrators run the deployment: only they open the queue dashboard. Unset: nobody does. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,31}$/, { message: 'QUEUE_DASHBOARD_TENANT must be a municipality code (lower-case letters, digits and -)' })
  QUEUE_DASHBOARD_TENANT?: string;

  /** 教示 on a notice one may contest: months to request review (審査請求; 行政不服審査法 第18条: 3). */
  @IsWholeNumberBetween(1, 24)
  NOTICE_APPEAL_MONTHS: number = 3;

  /** 教示 on a notice one may contest: months to sue for its cancellation (取消訴訟; 行政事件訴訟法 第14条: 6). */
  @IsWholeNumberBetween(1, 24)
  NOTICE_LAWSUIT_MONTHS: number = 6;
}
