import { pino, type LoggerOptions } from 'pino';
import type { LogFormat, LogLevel } from '#libs/config';

/**
 * JSON lines for machines; pino-pretty in a terminal. `service` names the process
 * (api, worker, launcher) on every line so interleaved output stays readable.
 */
export function pinoOptions(service: string, level: LogLevel, format: LogFormat): LoggerOptions {
  return {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Whatever opens a session stays out of the logs: the bearer header, the cookie both ways, the CSRF token.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    ...(format === 'pretty' && {
      transport: {
        target: 'pino-pretty',
        options: {
          translateTime: 'SYS:HH:MM:ss.l',
          // The JSON lines keep the whole request and response; a terminal shows the message only.
          ignore: 'pid,hostname,service,context,requestId,req,res,responseTime',
          messageFormat: '[{service}]{if context} {context}:{end}{if requestId} ({requestId}){end} {msg}',
        },
      },
    }),
  };
}
