import { CodedException, text } from '#libs/errors';

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

/** A one-time password opens only the password change. */
export const passwordChangeRequired = (): AccountException =>
  new AccountException(
    AccountErrorCode.PasswordChangeRequired,
    text('管理者が設定した仮のパスワードです。先に新しいパスワードに変えてください。', 'the password is a one-time one: change it first (POST /auth/password)'),
  );

/** A browser write (or login) that is not from this site's pages, or lacks the session's CSRF token. */
export const csrfRejected = (): AccountException =>
  new AccountException(
    AccountErrorCode.CsrfRejected,
    text(
      'この操作は受け付けられません。画面を読み込み直してから、もう一度操作してください。',
      'a browser session is used from this site only: its writes carry the X-CSRF-Token of GET /auth/session, logins are JSON from its pages',
    ),
  );
