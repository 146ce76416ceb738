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
