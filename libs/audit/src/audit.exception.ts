/** What went wrong in the audit lib; callers map the code, not the message. */
export enum AuditErrorCode {
  /** A payload that has no JSON form PostgreSQL's jsonb keeps as given (NaN, a function, a NUL character …). */
  PayloadNotJson = 'AUDIT_PAYLOAD_NOT_JSON',
  /** An entry field the database would store differently from what is hashed (a malformed uuid, an invalid date). */
  InvalidEntry = 'AUDIT_INVALID_ENTRY',
  /** An append outside a transaction: the entry must commit with the case update or not at all. */
  NoTransaction = 'AUDIT_NO_TRANSACTION',
  /** The case named by the entry does not exist in its tenant. */
  CaseNotFound = 'AUDIT_CASE_NOT_FOUND',
}

/**
 * Refusal of an entry by the audit lib. These are programming errors of the caller, not
 * user mistakes; a broken chain is not an exception but a result of the verifier.
 */
export class AuditException extends Error {
  constructor(
    readonly code: AuditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuditException';
  }
}
