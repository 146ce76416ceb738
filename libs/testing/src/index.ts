export { type ApiTestApp, type ApiTestUser, startApiTestApp } from './api-test-app.js';
export { BuiltProcess, type Exit } from './built-process.js';
export { expectEventually } from './expect-eventually.js';
export { freePort } from './free-port.js';
export { testConfig, uniqueQueuePrefix } from './test-config.js';
export { createTestDatabase, type TestDatabase } from './test-database.js';
export { TEST_LOG_LEVEL, TEST_REDIS_URL, TEST_SERVER_DATABASE_URL } from './test-services.js';
export { SettableClock } from './settable-clock.js';
export { seedTenant, type SeededTenant, type SeededUser, TEST_PASSWORD } from './tenant.factory.js';
export { changedTables, databaseSnapshot, type DatabaseSnapshot, type TableDigest } from './database-snapshot.js';
export {
  type AcceptedEvent,
  type AcceptedUpload,
  checkInvariants,
  type CheckInvariantsOptions,
  type ClientLedger,
  formatInvariantReport,
  INVARIANT_NAMES,
  type InvariantName,
  type InvariantReport,
  type SentMail,
  type Violation,
} from './invariants/index.js';
