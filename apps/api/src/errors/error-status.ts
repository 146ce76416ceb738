import { HttpStatus } from '@nestjs/common';
import { AccountErrorCode, AuthenticationFailure, LoginThrottleErrorCode } from '#libs/accounts';
import { AdministrationErrorCode } from '#libs/administration';
import { AttachmentErrorCode } from '#libs/attachments';
import { CaseErrorCode } from '#libs/cases';
import { DirectoryErrorCode } from '#libs/directory';
import { FiscalYearCloseReportErrorCode } from '#libs/fiscal-year-close';
import { NotificationErrorCode } from '#libs/notifications';
import { QueueDashboardErrorCode } from '../queue-dashboard/queue-dashboard.exception.js';
import { RequestErrorCode } from './request.exception.js';

/** Every code a refusal of this API carries. */
export type ErrorCode =
  | RequestErrorCode
  | AuthenticationFailure
  | LoginThrottleErrorCode
  | AccountErrorCode
  | CaseErrorCode
  | AdministrationErrorCode
  | AttachmentErrorCode
  | DirectoryErrorCode
  | NotificationErrorCode
  | FiscalYearCloseReportErrorCode
  | QueueDashboardErrorCode;

/**
 * The one table from codes to HTTP statuses. A `Record` over the union: a code added to any
 * capability's enum without its status here fails the type check.
 */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  [RequestErrorCode.Invalid]: HttpStatus.BAD_REQUEST,
  [RequestErrorCode.Malformed]: HttpStatus.BAD_REQUEST,
  [RequestErrorCode.TooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [RequestErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [RequestErrorCode.HeadersTooLarge]: 431, // Request Header Fields Too Large: not in Nest's HttpStatus
  [RequestErrorCode.Timeout]: HttpStatus.REQUEST_TIMEOUT,
  [RequestErrorCode.RouteNotFound]: HttpStatus.NOT_FOUND,
  [RequestErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [RequestErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,

  [AuthenticationFailure.MissingCredentials]: HttpStatus.UNAUTHORIZED,
  [AuthenticationFailure.TokenExpired]: HttpStatus.UNAUTHORIZED,
  [AuthenticationFailure.TokenInvalid]: HttpStatus.UNAUTHORIZED,
  [AuthenticationFailure.SignedOut]: HttpStatus.UNAUTHORIZED,
  [AuthenticationFailure.WrongCredentials]: HttpStatus.UNAUTHORIZED,
  [LoginThrottleErrorCode.TooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [AccountErrorCode.CsrfRejected]: HttpStatus.FORBIDDEN,
  [AccountErrorCode.PasswordChangeRequired]: HttpStatus.FORBIDDEN,
  [AccountErrorCode.CurrentPasswordWrong]: HttpStatus.UNPROCESSABLE_ENTITY,
  [AccountErrorCode.PasswordUnchanged]: HttpStatus.UNPROCESSABLE_ENTITY,

  [CaseErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [CaseErrorCode.ReferenceNotFound]: HttpStatus.NOT_FOUND,
  [CaseErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [CaseErrorCode.ConflictDeclarationOwed]: HttpStatus.FORBIDDEN,
  [CaseErrorCode.StaleVersion]: HttpStatus.CONFLICT,
  [CaseErrorCode.EventNotAccepted]: HttpStatus.CONFLICT,
  [CaseErrorCode.EventRefused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CaseErrorCode.IdempotencyKeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CaseErrorCode.InvalidCursor]: HttpStatus.BAD_REQUEST,
  [CaseErrorCode.ExportTooLarge]: HttpStatus.BAD_REQUEST,

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

  [AttachmentErrorCode.TooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [AttachmentErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [AttachmentErrorCode.ContentMismatch]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [AttachmentErrorCode.EmptyFile]: HttpStatus.BAD_REQUEST,
  [AttachmentErrorCode.InvalidDocumentKind]: HttpStatus.BAD_REQUEST,
  [AttachmentErrorCode.InvalidSupersedes]: HttpStatus.BAD_REQUEST,
  [AttachmentErrorCode.AlreadySuperseded]: HttpStatus.CONFLICT,
  [AttachmentErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [AttachmentErrorCode.CaseEnded]: HttpStatus.CONFLICT,
  [AttachmentErrorCode.NotFound]: HttpStatus.NOT_FOUND,

  [DirectoryErrorCode.Forbidden]: HttpStatus.FORBIDDEN,

  [NotificationErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [NotificationErrorCode.InvalidCursor]: HttpStatus.BAD_REQUEST,
  [NotificationErrorCode.StaleSettings]: HttpStatus.CONFLICT,
  [FiscalYearCloseReportErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [QueueDashboardErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
};

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_STATUS, code);
