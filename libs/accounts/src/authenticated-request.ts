import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user.js';

/** An Express request the AuthGuard has let through. */
export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
}
