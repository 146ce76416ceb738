import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { AuthenticationException, AuthenticationFailure } from './authentication.exception.js';
import type { AuthenticatedUser } from './authenticated-user.js';

/** The AuthenticatedUser the AuthGuard attached. On a @Public() route there is none: 401, never `undefined`. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new AuthenticationException(AuthenticationFailure.MissingCredentials);
  return user;
});
