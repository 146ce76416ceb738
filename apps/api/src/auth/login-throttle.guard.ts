import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LoginThrottle } from '#libs/accounts';

/**
 * Before the body is validated, so malformed tries count too. The answer is a 429 with
 * `Retry-After`, and a message that says how long to wait.
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
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `too many login attempts for this account or from this address: try again in ${decision.retryAfterSeconds} seconds`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
