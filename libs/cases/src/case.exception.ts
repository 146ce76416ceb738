import { CodedException } from '#libs/errors';

export enum CaseErrorCode {
  /** Not there, or not visible to this user (another tenant's or organization's): 404 either way. */
  NotFound = 'CASE_NOT_FOUND',
  /** The user's role may never do this: 403, naming the roles that may. */
  Forbidden = 'CASE_FORBIDDEN',
  /** If-Match carried a version the case has moved past: 409. */
  StaleVersion = 'CASE_STALE_VERSION',
  /**
   * An assigned reviewer asks for the application (its records, papers, notices, history) before
   * declaring whether they have a conflict of interest (利益相反): 403, listing what they may send now.
   */
  ConflictDeclarationOwed = 'CASE_CONFLICT_DECLARATION_OWED',
  /** The case's state does not take this event: 409, listing the events it takes. */
  EventNotAccepted = 'CASE_EVENT_NOT_ACCEPTED',
  /** A business rule refuses the event: 422, one problem per broken rule. */
  EventRefused = 'CASE_EVENT_REFUSED',
  /** The request names a program or organization that does not exist for this user: 404. */
  ReferenceNotFound = 'CASE_REFERENCE_NOT_FOUND',
  /** An Idempotency-Key reused for another request: 422. */
  IdempotencyKeyReused = 'CASE_IDEMPOTENCY_KEY_REUSED',
  /** A list cursor this API did not give out: 400. */
  InvalidCursor = 'CASE_INVALID_CURSOR',
  /** More cases match an export than one file holds (`maxRows`): 400, narrow the filters. */
  ExportTooLarge = 'CASE_EXPORT_TOO_LARGE',
}

/** Every refusal of the case capability, with what a user needs to act on it. */
export class CaseException extends CodedException<CaseErrorCode> {}
