import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { LoginThrottle, LoginThrottledException } from '#libs/accounts';

/**
 * Before the body is validated, so malformed tries count too. The answer is a 429 with
 * `Retry-After` (set by the API's filter from `retryAfterSeconds`), and a message that says how long to wait.
 */
@Injectable()
export class LoginThrottleGuard implements CanActivate {
  constructor(private readonly throttle: LoginThrottle) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body = (request.body ?? {}) as { tenant?: unknown; email?: unknown };
    const decision = await this.throttle.check({
      clientAddress: request.ip ?? '',
      tenant: typeof body.tenant === 'string' ? body.tenant : '',
      email: typeof body.email === 'string' ? body.email : '',
    });
    if (decision.allowed) return true;
    throw new LoginThrottledException(decision.retryAfterSeconds);
  }
}
