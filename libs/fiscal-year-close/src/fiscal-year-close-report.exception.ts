import { CodedException } from '#libs/errors';

export enum FiscalYearCloseReportErrorCode {
  /** The caller's role does not read the report: 403, `allowedRoles` names the roles that do. */
  Forbidden = 'REPORT_FORBIDDEN',
}

/** A refusal about the fiscal-year close report. */
export class FiscalYearCloseReportException extends CodedException<FiscalYearCloseReportErrorCode> {}
