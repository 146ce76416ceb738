import type { EntityManager } from 'typeorm';
import { tokyoDateOf } from '#libs/calendar';
import { type KeysetPosition, keysetInstantSql, likePattern, queryParameters } from '#libs/persistence';
import type { CaseUser } from './case-user.js';

export interface CaseListFilter {
  programCode?: string;
  state?: string;
  fiscalYear?: number;
  organizationId?: string;
  assignedToMe?: boolean;
  overdue?: boolean;
  /** The organization's area (地区), exactly. */
  area?: string;
  /** A case number or its start (any case), or part of the organization's name. */
  search?: string;
  /** 標準処理期間 of a decision still pending: near its end (within the deadline's reminder days) or past it. */
  processingPeriod?: 'near' | 'past';
}

export interface CaseListRow {
  id: string;
  case_number: string | null;
  program_code: string;
  program_name: string;
  organization_id: string;
  organization_name: string;
  organization_area: string;
  fiscal_year: number;
  state: string;
  requested_amount: string | null;
  decided_amount: string | null;
  confirmed_amount: string | null;
  created_at: Date;
  /** `created_at` to the microsecond, for the next page's cursor. */
  cursor_at: string;
  updated_at: Date;
  overdue: boolean;
  /** The pending deadline due first (null: none open), its date as YYYY-MM-DD. */
  next_deadline_kind: string | null;
  next_deadline_due_on: string | null;
}

/** Where a page of the list starts: after this row, newest first. */
export type CaseListCursor = KeysetPosition;

/**
 * The SQL conditions on `c` (grant_case) and `o` (its organization) under which this user sees
 * a case: `canSeeCase` written for the database. `value` adds a parameter and names it. Null:
 * the user sees none (administrators).
 */
export function visibleCaseConditions(user: CaseUser, value: (parameter: unknown) => string): string[] | null {
  const conditions = [`c.tenant_id = ${value(user.tenantId)}`];
  switch (user.role) {
    case 'applicant':
      conditions.push(`c.organization_id = ANY(${value(user.organizationIds)}::uuid[])`);
      break;
    case 'officer':
      if (user.liaisonAreas.length > 0) conditions.push(`o.area = ANY(${value(user.liaisonAreas)}::text[])`);
      break;
    case 'reviewer':
      conditions.push(`c.snapshot->'context'->'reviewers' @> ${value(JSON.stringify([{ reviewerId: user.userId }]))}::jsonb`);
      conditions.push(`NOT (c.organization_id = ANY(${value(user.organizationIds)}::uuid[]))`);
      break;
    case 'approver':
    case 'finance':
      break;
    case 'admin':
      return null;
  }
  return conditions;
}

/**
 * One page of the cases this user may see, newest first, filtered. Visibility is the same
 * rule as `canSeeCase`, written as SQL so the database does the filtering and the paging.
 */
export async function listCases(
  manager: EntityManager,
  user: CaseUser,
  filter: CaseListFilter,
  page: { limit: number; after: CaseListCursor | null; now: Date },
): Promise<CaseListRow[]> {
  const { values, value } = queryParameters();
  const conditions = visibleCaseConditions(user, value);
  if (conditions === null) return [];
  if (filter.programCode !== undefined) {
    conditions.push(`c.program_version_id IN (SELECT id FROM program_version WHERE code = ${value(filter.programCode)})`);
  }
  if (filter.state !== undefined) conditions.push(`c.state = ${value(filter.state)}`);
  if (filter.fiscalYear !== undefined) conditions.push(`c.fiscal_year = ${value(filter.fiscalYear)}`);
  if (filter.organizationId !== undefined) conditions.push(`c.organization_id = ${value(filter.organizationId)}`);
  if (filter.area !== undefined) conditions.push(`o.area = ${value(filter.area)}`);
  if (filter.search !== undefined) {
    // Both sides scan for now: a trigram index for them is issue 18.
    conditions.push(
      `(c.case_number ILIKE ${value(likePattern(filter.search, 'startingWith'))} ESCAPE '\\' OR o.name ILIKE ${value(likePattern(filter.search, 'containing'))} ESCAPE '\\')`,
    );
  }
  if (filter.assignedToMe) {
    conditions.push(`c.snapshot->'context'->'reviewers' @> ${value(JSON.stringify([{ reviewerId: user.userId }]))}::jsonb`);
  }
  const overdue = `EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id AND d.status = 'pending' AND d.due_at < ${value(page.now)})`;
  if (filter.overdue !== undefined) conditions.push(filter.overdue ? overdue : `NOT ${overdue}`);
  if (filter.processingPeriod !== undefined) {
    const decisionDue = `d.case_id = c.id AND d.status = 'pending' AND d.kind = 'decisionDue'`;
    conditions.push(
      filter.processingPeriod === 'past'
        ? `EXISTS (SELECT 1 FROM deadline d WHERE ${decisionDue} AND d.due_at < ${value(page.now)})`
        : `EXISTS (SELECT 1 FROM deadline d WHERE ${decisionDue} AND d.due_at >= ${value(page.now)}
                    AND d.due_on <= ${value(tokyoDateOf(page.now))}::date + COALESCE((SELECT max(days) FROM unnest(d.reminder_days_before) days), 0))`,
    );
  }
  if (page.after) conditions.push(`(c.created_at, c.id) < (${value(page.after.createdAt)}::timestamptz, ${value(page.after.id)}::uuid)`);

  // The page is chosen first, on grant_case and its organization alone, so that the index in the
  // list's order (grant_case_tenant_created_idx) is walked and left once the page is full; the
  // program's definition and the next deadline are read for the page's rows only.
  return manager.query(
    `SELECT c.id, c.case_number, p.code AS program_code, p.definition->>'nameJa' AS program_name, c.organization_id,
            c.organization_name, c.organization_area, c.fiscal_year,
            c.state, c.requested_amount, c.decided_amount, c.confirmed_amount, c.created_at, ${keysetInstantSql('c.created_at')} AS cursor_at,
            c.updated_at, ${overdue} AS overdue, next_deadline.kind AS next_deadline_kind, next_deadline.due_on AS next_deadline_due_on
       FROM (SELECT c.id, c.case_number, c.program_version_id, c.organization_id, c.fiscal_year, c.state, c.requested_amount,
                    c.decided_amount, c.confirmed_amount, c.created_at, c.updated_at, o.name AS organization_name, o.area AS organization_area
               FROM grant_case c
               JOIN organization o ON o.id = c.organization_id
              WHERE ${conditions.join(' AND ')}
              ORDER BY c.created_at DESC, c.id DESC
              LIMIT ${value(page.limit)}) c
       JOIN program_version p ON p.id = c.program_version_id
       -- In the order the case view lists its deadlines, so both name the same one first.
       LEFT JOIN LATERAL (
              SELECT d.kind, d.due_on::text AS due_on FROM deadline d
               WHERE d.case_id = c.id AND d.status = 'pending'
               ORDER BY d.due_on, d.kind COLLATE "C", d.subject COLLATE "C" LIMIT 1) next_deadline ON true
      ORDER BY c.created_at DESC, c.id DESC`,
    values,
  );
}
