import type { EntityManager } from 'typeorm';
import type { CaseRole } from '#libs/lifecycle';
import type { RecipientCandidate } from '#libs/reminders';
import type { ReminderContext } from './reminder-context.js';

interface ContextRow {
  id: string;
  tenant_id: string;
  tenant_name: string;
  case_id: string;
  case_number: string | null;
  kind: ReminderContext['kind'];
  subject: string;
  due_on: string;
  due_at: Date;
  status: ReminderContext['status'];
  remind_roles: CaseRole[];
  escalate_to: CaseRole | null;
  organization_id: string;
  organization_name: string;
  organization_area: string;
  program_name: string;
  reviewer_ids: string[] | null;
}

/** The deadline and its case as a message about it needs them; null when the deadline is gone. */
export async function readReminderContext(manager: EntityManager, deadlineId: string): Promise<ReminderContext | null> {
  const [row]: ContextRow[] = await manager.query(
    `SELECT d.id, d.tenant_id, t.name AS tenant_name, d.case_id, c.case_number, d.kind, d.subject, d.due_on::text AS due_on,
            d.due_at, d.status, d.remind_roles, d.escalate_to, c.organization_id, o.name AS organization_name,
            o.area AS organization_area, p.definition->>'nameJa' AS program_name,
            ARRAY(SELECT r->>'reviewerId' FROM jsonb_array_elements(COALESCE(c.snapshot->'context'->'reviewers', '[]')) r) AS reviewer_ids
       FROM deadline d
       JOIN tenant t ON t.id = d.tenant_id
       JOIN grant_case c ON c.tenant_id = d.tenant_id AND c.id = d.case_id
       JOIN organization o ON o.id = c.organization_id
       JOIN program_version p ON p.id = c.program_version_id
      WHERE d.id = $1`,
    [deadlineId],
  );
  if (!row) return null;
  return {
    deadlineId: row.id,
    tenantId: row.tenant_id,
    tenantName: row.tenant_name,
    caseId: row.case_id,
    caseNumber: row.case_number,
    kind: row.kind,
    subject: row.subject,
    dueOn: row.due_on,
    dueAt: row.due_at,
    status: row.status,
    remindRoles: row.remind_roles,
    escalateTo: row.escalate_to,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    organizationArea: row.organization_area,
    programName: row.program_name,
    assignedReviewerIds: row.reviewer_ids ?? [],
  };
}

interface CandidateRow {
  id: string;
  role: CaseRole;
  display_name: string;
  email: string;
  liaison_areas: string[];
  organization_ids: string[];
}

/**
 * The municipality's users with one of `roles` who could be concerned: applicants only of the
 * case's organization and reviewers only the deadline's subject, so a large municipality is not
 * read whole. `reminderRecipients` makes the choice.
 */
export async function readRecipientCandidates(
  manager: EntityManager,
  context: Pick<ReminderContext, 'tenantId' | 'organizationId' | 'subject'>,
  roles: readonly CaseRole[],
): Promise<RecipientCandidate[]> {
  const rows: CandidateRow[] = await manager.query(
    `SELECT u.id, u.role, u.display_name, u.email, u.liaison_areas,
            ARRAY(SELECT m.organization_id::text FROM organization_member m WHERE m.user_id = u.id ORDER BY 1) AS organization_ids
       FROM app_user u
      WHERE u.tenant_id = $1 AND u.role = ANY($2::text[])
        AND (u.role <> 'applicant' OR EXISTS (SELECT 1 FROM organization_member m WHERE m.user_id = u.id AND m.organization_id = $3))
        AND (u.role <> 'reviewer' OR u.id::text = $4)
      ORDER BY u.role, u.display_name, u.id`,
    [context.tenantId, roles, context.organizationId, context.subject],
  );
  return rows.map((row) => ({
    userId: row.id,
    role: row.role,
    displayName: row.display_name,
    email: row.email,
    organizationIds: row.organization_ids,
    liaisonAreas: row.liaison_areas,
  }));
}
