export { LoggingModule } from './logging.module.js';
export { pinoOptions } from './pino-options.js';
export { assignRequestId, REQUEST_ID_HEADER } from './request-id.js';
