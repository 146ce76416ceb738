export { checkInvariants, type CheckInvariantsOptions } from './check-invariants.js';
export type { AcceptedEvent, AcceptedUpload, ClientLedger, SentMail } from './client-ledger.js';
export { formatInvariantReport } from './format-invariant-report.js';
export { INVARIANT_NAMES, type InvariantName, type InvariantReport, type Violation } from './invariant-report.js';
