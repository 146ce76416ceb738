import { queryParameters } from '#libs/persistence';
import type { EntityManager } from 'typeorm';
import { FINAL_CASE_STATES, type OpenDeadline } from '#libs/lifecycle';
import type { DocumentKind } from '#libs/programs';
import { visibleCaseConditions } from './case-list.repository.js';
import type { CaseUser } from './case-user.js';

/** A case someone may have something to do on, with what its tasks are computed from. */
export interface TaskCaseRow {
  id: string;
  case_number: string | null;
  state: string;
  snapshot: unknown;
  program_version_id: string;
  program_code: string;
  organization_id: string;
  organization_name: string;
  updated_at: Date;
  deadlines: OpenDeadline[];
  documents_held: DocumentKind[];
}

/**
 * The cases of this user that have not ended, soonest due first, with their open deadlines
 * and the papers they hold; `limit` bounds what one to-do list reads.
 */
export async function casesWithTasksFor(manager: EntityManager, user: CaseUser, limit: number): Promise<TaskCaseRow[]> {
  const { values, value } = queryParameters();
  const conditions = visibleCaseConditions(user, value);
  if (conditions === null) return [];
  conditions.push(`c.state <> ALL(${value(FINAL_CASE_STATES)}::text[])`);
  return manager.query(
    `SELECT c.id, c.case_number, c.state, c.snapshot, c.program_version_id, p.code AS program_code, c.organization_id,
            o.name AS organization_name, c.updated_at,
            coalesce((SELECT jsonb_agg(jsonb_build_object('kind', d.kind, 'subject', nullif(d.subject, ''), 'dueOn', d.due_on::text) ORDER BY d.due_on)
                        FROM deadline d WHERE d.tenant_id = c.tenant_id AND d.case_id = c.id AND d.status = 'pending'), '[]') AS deadlines,
            (SELECT coalesce(array_agg(DISTINCT a.document_kind), '{}') FROM attachment a WHERE a.tenant_id = c.tenant_id AND a.case_id = c.id) AS documents_held
       FROM grant_case c
       JOIN program_version p ON p.tenant_id = c.tenant_id AND p.id = c.program_version_id
       JOIN organization o ON o.tenant_id = c.tenant_id AND o.id = c.organization_id
      WHERE ${conditions.join(' AND ')}
      -- Past the limit the list is cut: the cases due soonest are read first, then the longest waiting.
      ORDER BY (SELECT min(d.due_on) FROM deadline d WHERE d.tenant_id = c.tenant_id AND d.case_id = c.id AND d.status = 'pending') NULLS LAST,
               c.updated_at, c.id
      LIMIT ${value(limit)}`,
    values,
  );
}
