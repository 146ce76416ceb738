import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ICHINOSEKI_PROGRAMS, loadProgram } from '#libs/programs';
import type { TenantSummary } from './account.repository.js';
import { DEMO_ORGANIZATION, DEMO_TENANT, DEMO_USERS } from './demo-tenant.js';
import { type TenantContents, TenantSeedRepository } from './tenant-seed.repository.js';
import type { PasswordHasher } from './password-hasher.service.js';

export interface DemoSeedResult {
  tenant: TenantSummary;
  /** Rows this run inserted; all zero on a second run. */
  created: { tenants: number; organizations: number; users: number; memberships: number; programVersions: number };
  /** What the tenant holds after the run. */
  contents: TenantContents;
  /**
   * The password of the users created now: DEMO_PASSWORD, or one made up for this run
   * (`generated`). Null when no user was created: existing users keep theirs.
   */
  password: { value: string; generated: boolean } | null;
}

/**
 * `npm run db:seed`: the demo tenant 一関市 with one organization, one user per role and
 * Ichinoseki's seed programs, in one transaction. Idempotent: what exists is left as it is.
 */
export async function seedDemoTenant(dataSource: DataSource, hasher: PasswordHasher, demoPassword?: string): Promise<DemoSeedResult> {
  // Validated before the transaction: a program that does not load is a bug to fix, not data to store.
  const programs = ICHINOSEKI_PROGRAMS.map((program) => loadProgram(program));
  return dataSource.transaction('READ COMMITTED', async (manager) => {
    const repository = new TenantSeedRepository(manager);
    const { tenant, created: tenantCreated } = await repository.ensureTenant(DEMO_TENANT.code, DEMO_TENANT.name);
    const organization = await repository.ensureOrganization(tenant.id, DEMO_ORGANIZATION);

    let password: DemoSeedResult['password'] = null;
    let usersCreated = 0;
    let membershipsCreated = 0;
    for (const user of DEMO_USERS) {
      let userId = await repository.findUserId(tenant.id, user.email);
      if (userId === null) {
        password ??= demoPassword ? { value: demoPassword, generated: false } : { value: randomBytes(12).toString('base64url'), generated: true };
        userId = await repository.insertUser(tenant.id, { ...user, passwordHash: await hasher.hash(password.value) });
        usersCreated++;
      }
      if (user.memberOfDemoOrganization && (await repository.ensureMembership(tenant.id, organization.id, userId))) membershipsCreated++;
    }

    let programVersionsCreated = 0;
    for (const program of programs) {
      if (await repository.ensureProgramVersion(tenant.id, program)) programVersionsCreated++;
    }

    return {
      tenant,
      created: {
        tenants: tenantCreated ? 1 : 0,
        organizations: organization.created ? 1 : 0,
        users: usersCreated,
        memberships: membershipsCreated,
        programVersions: programVersionsCreated,
      },
      contents: await repository.contents(tenant.id),
      password,
    };
  });
}
