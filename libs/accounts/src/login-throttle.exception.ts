import { CodedException } from '#libs/errors';

export enum LoginThrottleErrorCode {
  /** Too many logins for this account from this address, or from this address at all: 429 with Retry-After. */
  TooManyAttempts = 'AUTH_TOO_MANY_ATTEMPTS',
}

/** Password guessing slowed down: `retryAfterSeconds` says when to try again (and becomes Retry-After). */
export class LoginThrottledException extends CodedException<LoginThrottleErrorCode> {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      LoginThrottleErrorCode.TooManyAttempts,
      {
        ja: `ログインの試行が多すぎます。${minutes}分ほど待ってから、もう一度お試しください。`,
        en: `too many login attempts for this account or from this address: try again in ${retryAfterSeconds} seconds`,
      },
      { retryAfterSeconds },
    );
  }
}
