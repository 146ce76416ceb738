export { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.js';
export { LocalServiceException } from './local-service.exception.js';
export { answersPing, ensureLocalRedis, type RunningRedis } from './local-redis.js';
export { ServiceProcess, type ProcessExit } from './service-process.js';
export type { ServiceLogger } from './service-logger.js';
export { waitUntilHealthy } from './wait-until-healthy.js';
export { runMainJob, type MainJobScripts } from './main-job.js';
