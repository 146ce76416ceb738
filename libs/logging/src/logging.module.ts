import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '#libs/config';
import { pinoOptions } from './pino-options.js';
import { assignRequestId } from './request-id.js';

/** Structured logs for a Nest process; inside a request every line carries `requestId`. */
@Module({})
export class LoggingModule {
  static forRoot(service: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
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
            },
          }),
        }),
      ],
    };
  }
}
