import { CodedException } from '#libs/errors';

/** Refusals of an authenticated session's own account (401s are AuthenticationException's). */
export enum AccountErrorCode {
  /** A write by cookie without the CSRF token, or from another site (Origin): 403. */
  CsrfRejected = 'AUTH_CSRF_REJECTED',
  /** The password is a one-time one an administrator set: only changing it is open, 403. */
  PasswordChangeRequired = 'AUTH_PASSWORD_CHANGE_REQUIRED',
  /** The current password given to change it is wrong: 422. */
  CurrentPasswordWrong = 'AUTH_CURRENT_PASSWORD_WRONG',
  /** The new password is the current one: 422. */
  PasswordUnchanged = 'AUTH_PASSWORD_UNCHANGED',
}

export class AccountException extends CodedException<AccountErrorCode> {}
