import { Injectable } from '@nestjs/common';
import { AccountRepository, AuthenticationException, AuthenticationFailure, passwordChangeRequired, TokenService } from '#libs/accounts';
import { AppConfig } from '#libs/config';
import { text } from '#libs/errors';
import { QueueDashboardErrorCode, QueueDashboardException } from './queue-dashboard.exception.js';

/**
 * Who opens the queue dashboard. The queues are shared by every municipality of the deployment,
 * so a municipality's own administrator may not: only an `admin` of the municipality named by
 * QUEUE_DASHBOARD_TENANT, the one that runs the deployment (the operator), and nobody when it is
 * unset. Job payloads hold ids only, never names or amounts, so what the dashboard shows of other
 * municipalities is their volume and their failures.
 */
@Injectable()
export class QueueDashboardAccess {
  constructor(
    private readonly tokens: TokenService,
    private readonly accounts: AccountRepository,
    private readonly config: AppConfig,
  ) {}

  /**
   * The expiry of `token` when its user may open the dashboard, checked as the API's AuthGuard
   * checks a bearer token (signature, expiry, the account still there, not signed out since);
   * otherwise a 401 (AuthenticationException) or 403 (QueueDashboardException).
   */
  async admit(token: string | undefined): Promise<{ expiresAt: Date }> {
    if (!token) throw new AuthenticationException(AuthenticationFailure.MissingCredentials);
    const claims = await this.tokens.verify(token);
    const account = await this.accounts.findForSession(claims.tenantId, claims.sub);
    if (!account) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
    if (account.sessionEpoch !== claims.epoch) throw new AuthenticationException(AuthenticationFailure.SignedOut);
    if (account.passwordChangeRequired) throw passwordChangeRequired();
    if (account.role !== 'admin') {
      throw new QueueDashboardException(
        QueueDashboardErrorCode.Forbidden,
        text('キューの管理画面は、システム管理者だけが開けます。', `the queue dashboard is for admin only, not ${account.role}`),
      );
    }
    const operator = this.config.queueDashboardTenant;
    if (operator === null) {
      throw new QueueDashboardException(
        QueueDashboardErrorCode.Forbidden,
        text(
          'キューの管理画面は閉じています（QUEUE_DASHBOARD_TENANT が設定されていません）。',
          'the queue dashboard is closed: QUEUE_DASHBOARD_TENANT names no municipality',
        ),
      );
    }
    const tenant = await this.accounts.findTenant(claims.tenantId);
    if (tenant?.code !== operator) {
      throw new QueueDashboardException(
        QueueDashboardErrorCode.Forbidden,
        text(
          `キューの管理画面は、この環境を運用する自治体（${operator}）のシステム管理者だけが開けます。キューにはすべての自治体のジョブが入っているためです。`,
          `the queue dashboard is for admin of ${operator}, the municipality that runs this deployment: its queues hold every municipality's jobs`,
        ),
      );
    }
    return { expiresAt: new Date(claims.exp * 1000) };
  }
}
