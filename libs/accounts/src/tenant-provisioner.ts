import type { DataSource } from 'typeorm';
import type { TenantSummary } from './account.repository.js';
import type { PasswordHasher } from './password-hasher.service.js';
import { TenantSeedRepository } from './tenant-seed.repository.js';

export interface TenantProvision {
  /** The municipality's code (lower-case letters, digits and hyphens), e.g. `morioka`. */
  code: string;
  /** Its name as residents write it, e.g. 盛岡市. */
  name: string;
  adminEmail: string;
  adminName: string;
  /** The administrator's one-time password: they must change it at their first login. */
  adminPassword: string;
}

export interface TenantProvisionResult {
  tenant: TenantSummary;
  tenantCreated: boolean;
  /**
   * `created`; `alreadyAdmin` when they were there already (they keep their password); or
   * `holdsAnotherRole` when that address belongs to a user of another role, who is left as they are.
   */
  admin: 'created' | 'alreadyAdmin' | { holdsAnotherRole: string };
}

/**
 * `npm run tenant:create`: a municipality and its first administrator, in one transaction.
 * Idempotent: a municipality or an administrator already there is left as it is (its name and
 * password too); everything else (programs, users, organizations) the administrator adds.
 */
export async function provisionTenant(dataSource: DataSource, hasher: PasswordHasher, provision: TenantProvision): Promise<TenantProvisionResult> {
  const passwordHash = await hasher.hash(provision.adminPassword);
  return dataSource.transaction('READ COMMITTED', async (manager) => {
    const repository = new TenantSeedRepository(manager);
    const { tenant, created: tenantCreated } = await repository.ensureTenant(provision.code, provision.name);
    const existing = await repository.findUser(tenant.id, provision.adminEmail);
    if (existing !== null) return { tenant, tenantCreated, admin: existing.role === 'admin' ? 'alreadyAdmin' : { holdsAnotherRole: existing.role } };
    await repository.insertUser(tenant.id, {
      email: provision.adminEmail,
      displayName: provision.adminName,
      role: 'admin',
      passwordHash,
      passwordChangeRequired: true,
    });
    return { tenant, tenantCreated, admin: 'created' };
  });
}
