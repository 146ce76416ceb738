import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { AdministrationErrorCode, AdministrationException } from '#libs/administration';
import { CaseErrorCode, CaseException } from '#libs/cases';
import { isDatabaseUnavailable } from '#libs/persistence';

/** Seconds a caller is asked to wait when the database is away: a restart or failover takes about that. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

const CASE_STATUS: Record<CaseErrorCode, number> = {
  [CaseErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [CaseErrorCode.ReferenceNotFound]: HttpStatus.NOT_FOUND,
  [CaseErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [CaseErrorCode.StaleVersion]: HttpStatus.CONFLICT,
  [CaseErrorCode.EventNotAccepted]: HttpStatus.CONFLICT,
  [CaseErrorCode.EventRefused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CaseErrorCode.IdempotencyKeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CaseErrorCode.InvalidCursor]: HttpStatus.BAD_REQUEST,
};

const ADMINISTRATION_STATUS: Record<AdministrationErrorCode, number> = {
  [AdministrationErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [AdministrationErrorCode.ProgramNotFound]: HttpStatus.NOT_FOUND,
  [AdministrationErrorCode.OrganizationNotFound]: HttpStatus.NOT_FOUND,
  [AdministrationErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [AdministrationErrorCode.MembershipNotFound]: HttpStatus.NOT_FOUND,
  [AdministrationErrorCode.ClosedDayNotFound]: HttpStatus.NOT_FOUND,
  [AdministrationErrorCode.InvalidProgram]: HttpStatus.BAD_REQUEST,
  [AdministrationErrorCode.ProgramExists]: HttpStatus.CONFLICT,
  [AdministrationErrorCode.ProgramVersionConflict]: HttpStatus.CONFLICT,
  [AdministrationErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [AdministrationErrorCode.OwnAdminRole]: HttpStatus.CONFLICT,
  [AdministrationErrorCode.LiaisonAreasForOfficersOnly]: HttpStatus.BAD_REQUEST,
  [AdministrationErrorCode.MemberRoleNotAllowed]: HttpStatus.UNPROCESSABLE_ENTITY,
};

/**
 * The one place errors become HTTP answers: a status, a code and a message a user can act
 * on, and the request id to quote. Never a stack trace or SQL: unexpected errors are
 * logged with their stack and answered 500 with the request id only.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = String(request.id ?? '');

    if (exception instanceof CaseException) {
      const statusCode = CASE_STATUS[exception.code];
      response.status(statusCode).json({ statusCode, error: exception.code, message: exception.message, ...exception.details, requestId });
      return;
    }
    if (exception instanceof AdministrationException) {
      const statusCode = ADMINISTRATION_STATUS[exception.code];
      response.status(statusCode).json({ statusCode, error: exception.code, message: exception.message, ...exception.details, requestId });
      return;
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const body = exception.getResponse();
      // A string body comes from Nest's own mapping of parser errors (unknown charset, body too large): it gets the status text as its code.
      response.status(statusCode).json({ ...(typeof body === 'object' ? body : { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message: body }), requestId });
      return;
    }
    if (isDatabaseUnavailable(exception)) {
      // Not a bug of ours to trace: the database restarts or fails over. The caller may retry;
      // an event sent again with its Idempotency-Key is applied at most once.
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      response.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS)).json({
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'Service Unavailable',
        message: `the database cannot be reached just now; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds (an event sent again with the same Idempotency-Key is applied at most once)`,
        requestId,
      });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'something went wrong on our side; quote the request id to support',
      requestId,
    });
  }
}
