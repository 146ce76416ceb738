import { HttpException, HttpStatus } from '@nestjs/common';
import type { CaseRole } from '#libs/lifecycle';

export enum QueueDashboardErrorCode {
  /** Not an administrator of the municipality that runs the deployment: 403, naming the role. */
  Forbidden = 'QUEUE_DASHBOARD_FORBIDDEN',
}

/** A refusal of the queue dashboard: `{ statusCode, error: <code>, message, allowedRoles }`. */
export class QueueDashboardException extends HttpException {
  static readonly ALLOWED_ROLES: readonly CaseRole[] = ['admin'];

  constructor(
    readonly code: QueueDashboardErrorCode,
    message: string,
  ) {
    super({ statusCode: HttpStatus.FORBIDDEN, error: code, message, allowedRoles: QueueDashboardException.ALLOWED_ROLES }, HttpStatus.FORBIDDEN);
    this.name = 'QueueDashboardException';
  }
}
