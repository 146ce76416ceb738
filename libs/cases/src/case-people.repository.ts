import type { EntityManager } from 'typeorm';
import { CASE_ROLE_LABELS, type CaseRole } from '#libs/lifecycle';

/** Who someone is, as a case's history, notes and reviews name them. */
export interface Person {
  name: string;
  /** 担当職員, 審査員 … */
  roleJa: string;
}

/** The people of the municipality among `userIds`, by id; someone no longer there is left out. */
export async function peopleOf(manager: EntityManager, tenantId: string, userIds: readonly string[]): Promise<Map<string, Person>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; display_name: string; role: CaseRole }> = await manager.query(
    `SELECT id, display_name, role FROM app_user WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [tenantId, ids],
  );
  return new Map(rows.map((row) => [row.id, { name: row.display_name, roleJa: CASE_ROLE_LABELS[row.role].ja }]));
}

/** A person's name, or what to show when they are gone. */
export const nameOf = (people: ReadonlyMap<string, Person>, userId: string): string => people.get(userId)?.name ?? '（削除された利用者）';
