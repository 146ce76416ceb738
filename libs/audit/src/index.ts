export { appendAuditEntry, appendAuditEntryAfter, type AuditChainHead, type NewAuditEntry } from './append-audit-entry.js';
export { type AuditEntryContent, auditEntryHash, canonicalAuditEntry } from './audit-hash.js';
export { AuditErrorCode, AuditException } from './audit.exception.js';
export { findTenantIdByCode } from './find-tenant-id-by-code.js';
export { type JsonObject, type JsonValue, toStoredJson } from './stored-json.js';
export {
  type AuditVerificationResult,
  type BrokenAuditEntry,
  verifyAuditChains,
  type VerifyAuditChainsOptions,
} from './verify-audit-chains.js';
export { ADMINISTRATION_ACTIONS, type AdministrationAction, type AdministrationSubjectType } from './administration-action.js';
export { type AdministrationEntryContent, administrationEntryHash, canonicalAdministrationEntry } from './administration-entry-hash.js';
export type { AdministrationEntryPage, AdministrationEntryView } from './administration-entry.view.js';
export type { AdministrationPayloads, FieldChanges, OrganizationRecord, ProgramVersionRecord, UserRecord } from './administration-payloads.js';
export { appendAdministrationEntry, type NewAdministrationEntry } from './append-administration-entry.js';
export { type AdministrationEntryQuery, listAdministrationEntries } from './list-administration-entries.js';
export {
  type AdministrationVerificationResult,
  type BrokenAdministrationEntry,
  verifyAdministrationChains,
  type VerifyAdministrationChainsOptions,
} from './verify-administration-chains.js';
export { fieldChanges } from './field-changes.js';
