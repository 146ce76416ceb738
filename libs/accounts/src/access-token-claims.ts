import type { CaseRole } from '#libs/lifecycle';

/** What an access token says (HS256 JWT). Authorization still re-reads the account row. */
export interface AccessTokenClaims {
  /** The user's id. */
  sub: string;
  tenantId: string;
  role: CaseRole;
  /** `app_user.session_epoch` when the token was issued; logout raises it, which ends the token. */
  epoch: number;
  /** Seconds since the epoch, as JWT has them. */
  iat: number;
  exp: number;
  /** One session's own id: two logins in the same second are two sessions, each with its own CSRF token. */
  jti?: string;
}
