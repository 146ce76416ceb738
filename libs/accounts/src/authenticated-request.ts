import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user.js';

/** How the caller proved who they are: a bearer token (API clients) or the session cookie (the web app). */
export interface RequestSession {
  via: 'bearer' | 'cookie';
  token: string;
  expiresAt: Date;
  /** The account's password is a one-time one to replace. */
  passwordChangeRequired: boolean;
}

/** An Express request the AuthGuard has let through. */
export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
  session?: RequestSession;
}
