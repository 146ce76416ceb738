import { type LocalizedText, text } from '#libs/errors';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type AuthenticatedRequest, AuthenticationException, AuthenticationFailure } from '#libs/accounts';
import { requireAdministrator } from '#libs/administration';

/** Metadata key: the action a route administers, for the 403's message. */
export const ADMINISTERED = 'administration:action';

/**
 * Refuses every role but admin before the body or the path is even validated, so a
 * non-admin learns nothing from 400s: 403 "only admin may …". Runs after the global AuthGuard.
 * The use cases check again, for callers other than this API.
 */
@Injectable()
export class AdministratorGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new AuthenticationException(AuthenticationFailure.MissingCredentials);
    const action = this.reflector.getAllAndOverride<LocalizedText | undefined>(ADMINISTERED, [context.getHandler(), context.getClass()]);
    requireAdministrator(user, action ?? text('自治体の管理', 'administer the municipality'));
    return true;
  }
}
