import { UnauthorizedException } from '@nestjs/common';

/** Why a caller is not let in; the message is what the 401 body says. */
export enum AuthenticationFailure {
  MissingBearerToken = 'missing bearer token',
  TokenExpired = 'token expired',
  TokenInvalid = 'token invalid',
  SignedOut = 'signed out: log in again',
  /** The same for an unknown tenant, an unknown email and a wrong password: nobody learns which accounts exist. */
  WrongCredentials = 'email or password is wrong',
}

/**
 * A refused authentication: 401 with `{ statusCode, error: 'Unauthorized', message }`,
 * the message saying why so that a client knows whether to log in again.
 */
export class AuthenticationException extends UnauthorizedException {
  constructor(readonly failure: AuthenticationFailure) {
    super(failure);
    this.name = 'AuthenticationException';
  }
}
