import type { EntityManager } from 'typeorm';
import { loadProgram, type OrganizationType, type Program } from '#libs/programs';

/** The latest version of every program of the municipality, loaded, by code. */
export async function latestPrograms(manager: EntityManager, tenantId: string): Promise<Program[]> {
  const rows: Array<{ definition: unknown }> = await manager.query(
    `SELECT DISTINCT ON (code) definition FROM program_version WHERE tenant_id = $1 ORDER BY code, version DESC`,
    [tenantId],
  );
  return rows.map((row) => loadProgram(row.definition));
}

/** The organizations a user acts for, with their types: what an applicant may apply as. */
export async function organizationsOfMember(
  manager: EntityManager,
  tenantId: string,
  organizationIds: readonly string[],
): Promise<Array<{ id: string; name: string; type: OrganizationType }>> {
  if (organizationIds.length === 0) return [];
  return manager.query(`SELECT id, name, type FROM organization WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY name, id`, [
    tenantId,
    organizationIds,
  ]);
}
