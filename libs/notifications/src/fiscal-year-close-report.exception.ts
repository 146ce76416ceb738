import { HttpException, HttpStatus } from '@nestjs/common';
import type { CaseRole } from '#libs/lifecycle';

export enum FiscalYearCloseReportErrorCode {
  /** The caller's role does not read the report: 403, naming the roles that do. */
  Forbidden = 'REPORT_FORBIDDEN',
}

/** A refusal about the fiscal-year close report: `{ statusCode, error: <code>, message, allowedRoles }` through the API's filter. */
export class FiscalYearCloseReportException extends HttpException {
  constructor(
    readonly code: FiscalYearCloseReportErrorCode,
    message: string,
    readonly allowedRoles: readonly CaseRole[],
  ) {
    super({ statusCode: HttpStatus.FORBIDDEN, error: code, message, allowedRoles }, HttpStatus.FORBIDDEN);
    this.name = 'FiscalYearCloseReportException';
  }
}
