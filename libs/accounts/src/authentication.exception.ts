import { CodedException, type LocalizedText } from '#libs/errors';

/** Why a caller is not let in (401): a client tells from the code whether to log in again. */
export enum AuthenticationFailure {
  /** Neither a bearer token nor a session cookie came with the request. */
  MissingCredentials = 'AUTH_MISSING_CREDENTIALS',
  TokenExpired = 'AUTH_TOKEN_EXPIRED',
  TokenInvalid = 'AUTH_TOKEN_INVALID',
  /** The user logged out, or an administrator signed them out, since the token was issued. */
  SignedOut = 'AUTH_SIGNED_OUT',
  /** The same for an unknown tenant, an unknown email and a wrong password: nobody learns which accounts exist. */
  WrongCredentials = 'AUTH_WRONG_CREDENTIALS',
}

const TEXTS: Readonly<Record<AuthenticationFailure, LocalizedText>> = {
  [AuthenticationFailure.MissingCredentials]: { ja: 'ログインしてください。', en: 'missing bearer token' },
  [AuthenticationFailure.TokenExpired]: { ja: 'ログインの有効期限が切れました。もう一度ログインしてください。', en: 'token expired' },
  [AuthenticationFailure.TokenInvalid]: { ja: 'ログインの情報が正しくありません。もう一度ログインしてください。', en: 'token invalid' },
  [AuthenticationFailure.SignedOut]: { ja: 'ログアウトされています。もう一度ログインしてください。', en: 'signed out: log in again' },
  [AuthenticationFailure.WrongCredentials]: { ja: 'メールアドレスまたはパスワードが違います。', en: 'email or password is wrong' },
};

/** A refused authentication: 401, its code saying why so that a client knows whether to log in again. */
export class AuthenticationException extends CodedException<AuthenticationFailure> {
  constructor(readonly failure: AuthenticationFailure) {
    super(failure, TEXTS[failure]);
  }
}
