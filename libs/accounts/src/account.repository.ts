import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CaseRole } from '#libs/lifecycle';
import { AppUserEntity, OrganizationEntity, OrganizationMemberEntity, TenantEntity } from '#libs/persistence';

/** What login needs: the account, its hash and its tenant. */
export interface LoginAccount {
  id: string;
  tenantId: string;
  displayName: string;
  role: CaseRole;
  sessionEpoch: number;
  passwordHash: string;
}

/** What the guard needs on every request: the current role, session epoch, areas and memberships. */
export interface SessionAccount {
  role: CaseRole;
  sessionEpoch: number;
  passwordChangeRequired: boolean;
  liaisonAreas: string[];
  organizationIds: string[];
}

export interface TenantSummary {
  id: string;
  code: string;
  name: string;
}

export interface AccountProfile {
  id: string;
  email: string;
  displayName: string;
  role: CaseRole;
  liaisonAreas: string[];
  tenant: TenantSummary;
  organizations: Array<{ id: string; name: string }>;
}

/** Every read and write of accounts; always scoped by tenant, so no query crosses municipalities. */
@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The account with this email (any case) in the tenant with this code, or null. */
  async findForLogin(tenantCode: string, email: string): Promise<LoginAccount | null> {
    const account = await this.dataSource
      .getRepository(AppUserEntity)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .innerJoin(TenantEntity, 'tenant', 'tenant.id = account.tenantId')
      .where('tenant.code = lower(:tenantCode)', { tenantCode })
      .andWhere('lower(account.email) = lower(:email)', { email })
      .getOne();
    return account ? loginAccountOf(account) : null;
  }

  async findForSession(tenantId: string, userId: string): Promise<SessionAccount | null> {
    const account = await this.dataSource.getRepository(AppUserEntity).findOne({
      select: { id: true, role: true, sessionEpoch: true, liaisonAreas: true, passwordChangeRequired: true },
      where: { id: userId, tenantId },
    });
    if (!account) return null;
    const memberships = await this.dataSource.getRepository(OrganizationMemberEntity).find({
      select: { organizationId: true },
      where: { tenantId, userId },
      order: { organizationId: 'ASC' },
    });
    return {
      role: account.role as CaseRole,
      sessionEpoch: account.sessionEpoch,
      passwordChangeRequired: account.passwordChangeRequired,
      liaisonAreas: account.liaisonAreas,
      organizationIds: memberships.map((membership) => membership.organizationId),
    };
  }

  async findTenant(tenantId: string): Promise<TenantSummary | null> {
    return this.dataSource.getRepository(TenantEntity).findOne({ select: { id: true, code: true, name: true }, where: { id: tenantId } });
  }

  async findProfile(tenantId: string, userId: string): Promise<AccountProfile | null> {
    const account = await this.dataSource.getRepository(AppUserEntity).findOne({ where: { id: userId, tenantId } });
    const tenant = account && (await this.findTenant(tenantId));
    if (!account || !tenant) return null;
    const organizations = await this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('organization')
      .select(['organization.id', 'organization.name'])
      .innerJoin(
        OrganizationMemberEntity,
        'member',
        'member.organizationId = organization.id AND member.tenantId = organization.tenantId',
      )
      .where('organization.tenantId = :tenantId AND member.userId = :userId', { tenantId, userId })
      .orderBy('organization.name')
      .getMany();
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      role: account.role as CaseRole,
      liaisonAreas: account.liaisonAreas,
      tenant,
      organizations: organizations.map(({ id, name }) => ({ id, name })),
    };
  }

  /** The account's password hash and what a new token needs, for a password change. */
  async findForPasswordChange(tenantId: string, userId: string): Promise<LoginAccount | null> {
    const account = await this.dataSource
      .getRepository(AppUserEntity)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.tenantId = :tenantId AND account.id = :userId', { tenantId, userId })
      .getOne();
    return account ? loginAccountOf(account) : null;
  }

  /**
   * Sets a password its owner chose: the one-time flag goes, and every token so far ends (the
   * new session is issued with the epoch this returns).
   */
  async setOwnPassword(tenantId: string, userId: string, passwordHash: string): Promise<number> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [[row]]: [Array<{ session_epoch: number }>, number] = await this.dataSource.query(
      `UPDATE app_user SET password_hash = $3, password_change_required = false, session_epoch = session_epoch + 1
        WHERE tenant_id = $1 AND id = $2 RETURNING session_epoch`,
      [tenantId, userId, passwordHash],
    );
    return row?.session_epoch ?? -1;
  }

  /** Ends every token issued so far to this user (all devices); true when the account exists. */
  async raiseSessionEpoch(tenantId: string, userId: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(AppUserEntity)
      .increment({ id: userId, tenantId }, 'sessionEpoch', 1);
    return (result.affected ?? 0) > 0;
  }
}

function loginAccountOf(account: AppUserEntity): LoginAccount {
  return {
    id: account.id,
    tenantId: account.tenantId,
    displayName: account.displayName,
    role: account.role as CaseRole,
    sessionEpoch: account.sessionEpoch,
    passwordHash: account.passwordHash,
  };
}
