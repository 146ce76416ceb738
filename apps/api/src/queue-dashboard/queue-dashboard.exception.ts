import { CodedException, type LocalizedText } from '#libs/errors';
import type { CaseRole } from '#libs/lifecycle';

export enum QueueDashboardErrorCode {
  /** Not an administrator of the municipality that runs the deployment: 403, naming the role. */
  Forbidden = 'QUEUE_DASHBOARD_FORBIDDEN',
}

/** A refusal of the queue dashboard, `allowedRoles` naming the one role that opens it. */
export class QueueDashboardException extends CodedException<QueueDashboardErrorCode> {
  static readonly ALLOWED_ROLES: readonly CaseRole[] = ['admin'];

  constructor(code: QueueDashboardErrorCode, why: LocalizedText) {
    super(code, why, { allowedRoles: QueueDashboardException.ALLOWED_ROLES });
  }
}
