import { type DynamicModule, Module, type OnApplicationShutdown } from '@nestjs/common';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { pino } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '#libs/config';
import { pinoOptions } from './pino-options.js';
import { assignRequestId } from './request-id.js';

/** Structured logs for a Nest process; inside a request every line carries `requestId`. */
@Module({})
export class LoggingModule implements OnApplicationShutdown {
  static forRoot(service: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const options: Options = {
              ...pinoOptions(service, config.logLevel, config.logFormat),
              genReqId: assignRequestId,
              customAttributeKeys: { reqId: 'requestId' },
              // Lines logged while handling a request carry only its id, not the whole request.
              quietReqLogger: true,
              // Probes call /health every few seconds; their lines would drown the rest.
              autoLogging: { ignore: (request) => request.url === '/health' },
              customSuccessMessage: (request, response, responseTime) =>
                `${request.method} ${request.url} ${response.statusCode} ${Math.round(responseTime)} ms`,
              customErrorMessage: (request, response, error) =>
                `${request.method} ${request.url} ${response.statusCode} ${error.message}`,
            };
            // JSON lines are written synchronously, so nothing logged is lost when the process
            // ends: Nest ends a SIGTERM by raising the signal again, which skips an async flush.
            return { pinoHttp: config.logFormat === 'json' ? [options, pino.destination({ dest: 1, sync: true })] : options };
          },
        }),
      ],
    };
  }

  /**
   * The pretty format goes through pino's transport thread, which flushes on a normal exit
   * only; on SIGTERM Nest ends by raising the signal again, which skips that. Flushing here
   * keeps the last lines (what the shutdown did) in a terminal too.
   */
  onApplicationShutdown(): Promise<void> {
    return new Promise((flushed) => PinoLogger.root.flush(() => flushed()));
  }
}
