import type { EntityManager } from 'typeorm';
import type { CaseScope } from '#libs/cases';
import type { IsoDate } from '#libs/calendar';
import type { CaseRole, CaseStateCode } from '#libs/lifecycle';
import { type FiscalYearCloseCase, SETTLED_CASE_STATES } from '#libs/reminders';

/** A case of the report with what `canSeeCase` needs to decide who may read about it. */
export type ScopedFiscalYearCloseCase = FiscalYearCloseCase & { scope: CaseScope };

interface CaseRow {
  id: string;
  case_number: string | null;
  state: CaseStateCode;
  organization_id: string;
  organization_name: string;
  organization_area: string;
  program_code: string;
  program_name: string;
  decided_amount: string | null;
  confirmed_amount: string | null;
  paid: string;
  refunded: string;
  reviewer_ids: string[] | null;
}

/** The municipality's cases of `fiscalYear` not yet in a final state, with what was paid and refunded on each. */
export async function readUnsettledCases(manager: EntityManager, tenantId: string, fiscalYear: number): Promise<ScopedFiscalYearCloseCase[]> {
  const rows: CaseRow[] = await manager.query(
    `SELECT c.id, c.case_number, c.state, c.organization_id, o.name AS organization_name, o.area AS organization_area,
            p.code AS program_code, p.definition->>'nameJa' AS program_name, c.decided_amount, c.confirmed_amount,
            COALESCE(m.paid, 0) AS paid, COALESCE(m.refunded, 0) AS refunded,
            ARRAY(SELECT r->>'reviewerId' FROM jsonb_array_elements(COALESCE(c.snapshot->'context'->'reviewers', '[]')) r) AS reviewer_ids
       FROM grant_case c
       JOIN organization o ON o.tenant_id = c.tenant_id AND o.id = c.organization_id
       JOIN program_version p ON p.tenant_id = c.tenant_id AND p.id = c.program_version_id
       LEFT JOIN LATERAL (
         SELECT sum(amount) FILTER (WHERE kind = 'payment') AS paid, sum(amount) FILTER (WHERE kind = 'refund') AS refunded
           FROM money_movement WHERE case_id = c.id
       ) m ON true
      WHERE c.tenant_id = $1 AND c.fiscal_year = $2 AND c.state <> ALL($3::text[])`,
    [tenantId, fiscalYear, SETTLED_CASE_STATES],
  );
  // Whole yen stay far below 2^53: bigint columns read as text become exact numbers.
  const yenOrNull = (value: string | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    caseId: row.id,
    caseNumber: row.case_number,
    organizationName: row.organization_name,
    programCode: row.program_code,
    programName: row.program_name,
    state: row.state,
    decidedAmount: yenOrNull(row.decided_amount),
    confirmedAmount: yenOrNull(row.confirmed_amount),
    paidAmount: Number(row.paid),
    refundedAmount: Number(row.refunded),
    scope: { tenantId, organizationId: row.organization_id, organizationArea: row.organization_area, assignedReviewerIds: row.reviewer_ids ?? [] },
  }));
}

/** A municipality as the report job needs it: its name (the sender) and its own closed days (for its report days). */
export interface ReportingTenant {
  id: string;
  name: string;
  closedDays: IsoDate[];
}

export async function readReportingTenants(manager: EntityManager): Promise<ReportingTenant[]> {
  const rows: Array<{ id: string; name: string; closed_days: string[] }> = await manager.query(
    `SELECT t.id, t.name, ARRAY(SELECT d.closed_on::text FROM tenant_closed_day d WHERE d.tenant_id = t.id ORDER BY 1) AS closed_days
       FROM tenant t ORDER BY t.code`,
  );
  return rows.map((row) => ({ id: row.id, name: row.name, closedDays: row.closed_days }));
}

/** A user the report goes to: finance or an officer of the municipality. */
export interface ReportRecipient {
  userId: string;
  role: CaseRole;
  displayName: string;
  email: string;
  liaisonAreas: string[];
  organizationIds: string[];
}

/** docs/domain.md §6: the fiscal-year close is reported to finance and officers. */
const REPORTED_TO: readonly CaseRole[] = ['finance', 'officer'];

export async function readReportRecipients(manager: EntityManager, tenantId: string): Promise<ReportRecipient[]> {
  const rows: Array<{ id: string; role: CaseRole; display_name: string; email: string; liaison_areas: string[]; organization_ids: string[] }> =
    await manager.query(
      `SELECT u.id, u.role, u.display_name, u.email, u.liaison_areas,
              ARRAY(SELECT m.organization_id::text FROM organization_member m WHERE m.user_id = u.id ORDER BY 1) AS organization_ids
         FROM app_user u
        WHERE u.tenant_id = $1 AND u.role = ANY($2::text[])
        ORDER BY u.role, u.display_name, u.id`,
      [tenantId, REPORTED_TO],
    );
  return rows.map((row) => ({
    userId: row.id,
    role: row.role,
    displayName: row.display_name,
    email: row.email,
    liaisonAreas: row.liaison_areas,
    organizationIds: row.organization_ids,
  }));
}
