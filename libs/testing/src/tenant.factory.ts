import argon2 from 'argon2';
import { ICHINOSEKI_PROGRAMS } from '#libs/programs';
import type { CaseRole } from '#libs/lifecycle';
import type { TestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SeededUser {
  id: string;
  email: string;
}

/** A municipality with two organizations, one user per role, a second applicant of the other organization, and Ichinoseki's programs. */
export interface SeededTenant {
  id: string;
  code: string;
  organizationId: string;
  otherOrganizationId: string;
  users: Record<CaseRole | 'otherApplicant' | 'secondReviewer', SeededUser>;
}

/** The seeds' municipalities by their codes, so notices and e-mails in tests read as the city's would (一関市長). */
const MUNICIPALITY_NAMES: Readonly<Record<string, string>> = { ichinoseki: '一関市', morioka: '盛岡市' };

let passwordHash: Promise<string> | undefined;

export async function seedTenant(database: TestDatabase, code: string): Promise<SeededTenant> {
  passwordHash ??= argon2.hash(TEST_PASSWORD);
  const hash = await passwordHash;
  const [tenant] = await database.query<{ id: string }>(`INSERT INTO tenant (code, name) VALUES ($1, $2) RETURNING id`, [code, MUNICIPALITY_NAMES[code] ?? `${code}市`]);
  const tenantId = tenant?.id as string;
  const organization = async (name: string, area: string) =>
    (
      await database.query<{ id: string }>(
        `INSERT INTO organization (tenant_id, name, type, area, population) VALUES ($1, $2, 'communityCollaborationBody', $3, 4300) RETURNING id`,
        [tenantId, name, area],
      )
    )[0]?.id as string;
  const organizationId = await organization('舞川地区地域協働体', '舞川');
  const otherOrganizationId = await organization('弥栄地区地域協働体', '弥栄');

  const user = async (key: string, role: CaseRole, memberOf: string | null): Promise<SeededUser> => {
    const email = `${key}@${code}.example`;
    const [row] = await database.query<{ id: string }>(
      `INSERT INTO app_user (tenant_id, email, display_name, password_hash, role) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [tenantId, email, key, hash, role],
    );
    const id = row?.id as string;
    if (memberOf) {
      await database.query(`INSERT INTO organization_member (tenant_id, organization_id, user_id) VALUES ($1, $2, $3)`, [tenantId, memberOf, id]);
    }
    return { id, email };
  };
  const users = {
    applicant: await user('applicant', 'applicant', organizationId),
    otherApplicant: await user('other-applicant', 'applicant', otherOrganizationId),
    officer: await user('officer', 'officer', null),
    reviewer: await user('reviewer', 'reviewer', null),
    secondReviewer: await user('second-reviewer', 'reviewer', null),
    approver: await user('approver', 'approver', null),
    finance: await user('finance', 'finance', null),
    admin: await user('admin', 'admin', null),
  };
  for (const program of ICHINOSEKI_PROGRAMS) {
    await database.query(`INSERT INTO program_version (tenant_id, code, version, definition) VALUES ($1, $2, $3, $4)`, [
      tenantId,
      program.code,
      program.version,
      JSON.stringify(program),
    ]);
  }
  return { id: tenantId, code, organizationId, otherOrganizationId, users };
}
