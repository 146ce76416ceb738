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

  /** Password of the users `npm run db:seed` creates; unset, the seed makes one up and prints it. */
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'DEMO_PASSWORD must be 12 to 200 characters' })
  @MaxLength(200, { message: 'DEMO_PASSWORD must be 12 to 200 characters' })
  DEMO_PASSWORD?: string;
}
