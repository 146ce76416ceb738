import { ConfigurationException } from './configuration.exception.js';
import type { EnvironmentVariables, LogFormat, LogLevel } from './environment-variables.dto.js';

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The typed configuration the API, the worker and the CLI read; nothing else reads the environment. */
export class AppConfig {
  readonly databaseUrl!: string;
  readonly redisUrl!: string;
  readonly port!: number;
  readonly workerHealthPort!: number;
  readonly workerConcurrency!: number;
  readonly queuePrefix!: string;
  readonly logLevel!: LogLevel;
  readonly logFormat!: LogFormat;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }

  static fromEnvironment(variables: EnvironmentVariables, isTerminal: boolean): AppConfig {
    if (!variables.DATABASE_URL) {
      throw new ConfigurationException([
        'DATABASE_URL is not set (for example postgres://user:password@127.0.0.1:5432/grants); `npm start` sets it for you',
      ]);
    }
    return new AppConfig({
      databaseUrl: variables.DATABASE_URL,
      redisUrl: variables.REDIS_URL ?? DEFAULT_REDIS_URL,
      port: variables.PORT,
      workerHealthPort: variables.WORKER_HEALTH_PORT,
      workerConcurrency: variables.WORKER_CONCURRENCY,
      queuePrefix: variables.QUEUE_PREFIX,
      logLevel: variables.LOG_LEVEL,
      logFormat: logFormatFor(variables, isTerminal),
    });
  }
}

/** LOG_FORMAT, or when unset: pretty for a person at a terminal, JSON for everything else. */
export function logFormatFor(variables: EnvironmentVariables, isTerminal: boolean): LogFormat {
  return variables.LOG_FORMAT ?? (isTerminal ? 'pretty' : 'json');
}
