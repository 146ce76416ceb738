import type { EntityManager } from 'typeorm';
import type { AuditChainHead } from '#libs/audit';
import { type DocumentKind, loadProgram, type Program, type Yen } from '#libs/programs';
import { GrantCaseEntity, TenantClosedDayEntity, OrganizationEntity, ProgramVersionEntity } from '#libs/persistence';

/** An open deadline as the case view lists it. */
export interface PendingDeadline {
  kind: string;
  /** '' when the kind has one deadline per case. */
  subject: string;
  dueOn: string;
}

/** A case with what every read and write of it needs, read in one statement. */
export interface CaseRecord {
  row: GrantCaseEntity;
  program: Program;
  organization: OrganizationEntity;
  /** The tenant's name as residents write it (一関市): the sender of its notices. */
  municipalityName: string;
  /** Soonest first. */
  pendingDeadlines: PendingDeadline[];
}

/** A case locked for an event, with its audit chain's head read under the same lock. */
export interface LockedCaseRecord extends CaseRecord {
  auditHead: AuditChainHead;
  /** A case being opened: not stored yet, its first event inserts it as that event leaves it. */
  isNew?: boolean;
}

interface CaseColumns {
  id: string;
  tenant_id: string;
  program_version_id: string;
  organization_id: string;
  case_number: string | null;
  fiscal_year: number;
  state: string;
  snapshot: unknown;
  machine_version: number;
  version: number;
  requested_amount: string | null;
  decided_amount: string | null;
  confirmed_amount: string | null;
  created_at: Date;
  updated_at: Date;
  organization: OrganizationColumns;
  pending_deadlines: PendingDeadline[];
  municipality_name: string;
}

/** Byte order (COLLATE "C"), which the event path keeps when it updates the list in memory. */
const PENDING_DEADLINES_ORDER = 'due_on, kind COLLATE "C", subject COLLATE "C"';

const PENDING_DEADLINES = `COALESCE((SELECT jsonb_agg(jsonb_build_object('kind', d.kind, 'subject', d.subject, 'dueOn', d.due_on) ORDER BY ${PENDING_DEADLINES_ORDER})
                     FROM deadline d WHERE d.case_id = c.id AND d.status = 'pending'), '[]'::jsonb)`;
const CASE_AND_ORGANIZATION = `
  SELECT c.*, to_jsonb(o) AS organization, t.name AS municipality_name
    FROM grant_case c JOIN organization o ON o.id = c.organization_id AND o.tenant_id = c.tenant_id
                      JOIN tenant t ON t.id = c.tenant_id
   WHERE c.tenant_id = $1 AND c.id = $2`;

/** A read: the case, its organization and its open deadlines in one round trip, where TypeORM's finds took four. */
const READ_CASE = CASE_AND_ORGANIZATION.replace('t.name AS municipality_name', `t.name AS municipality_name, ${PENDING_DEADLINES} AS pending_deadlines`);

/**
 * A write takes the row lock first (`FOR UPDATE OF c` locks the case row only), then reads
 * what other events change (the audit chain's head, the open deadlines) in a second
 * statement. Not in one: under READ COMMITTED a statement's sub-selects see the snapshot
 * taken before it waited for the lock, so they would miss what the previous holder wrote.
 */
const LOCK_CASE = `${CASE_AND_ORGANIZATION} FOR UPDATE OF c`;
const CASE_CONTEXT_AFTER_LOCK = `
  SELECT ${PENDING_DEADLINES} AS pending_deadlines,
         (SELECT jsonb_build_object('sequence', a.sequence, 'hash', a.hash) FROM audit_entry a
           WHERE a.case_id = c.id ORDER BY a.sequence DESC LIMIT 1) AS audit_head
    FROM grant_case c WHERE c.id = $1`;

/** An organization row as `to_jsonb` gives it. */
interface OrganizationColumns {
  id: string;
  tenant_id: string;
  name: string;
  type: string;
  area: string;
  population: number | null;
  created_at: string;
}

const toOrganization = (o: OrganizationColumns): OrganizationEntity =>
  Object.assign(new OrganizationEntity(), {
    id: o.id,
    tenantId: o.tenant_id,
    name: o.name,
    type: o.type,
    area: o.area,
    population: o.population,
    createdAt: new Date(o.created_at),
  });

const yenOrNull = (value: string | null): Yen | null => (value === null ? null : Number(value));

/**
 * Program versions never change once stored (a change is a new version), so each is read
 * and validated once per process.
 */
const programsByVersionId = new Map<string, Program>();
const PROGRAM_CACHE_LIMIT = 1000;

/** States in which a case holds no money against a multi-year cap. */
const ENDED_WITHOUT_GRANT = ['withdrawn', 'rejected', 'revoked', 'closedWithoutApplication'];

/** The SQL of cases; the use cases never touch TypeORM directly. */
export class CaseRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The case row locked for the rest of the transaction (SELECT … FOR UPDATE), or null. */
  async lock(tenantId: string, caseId: string): Promise<LockedCaseRecord | null> {
    const [columns]: Array<Omit<CaseColumns, 'pending_deadlines'>> = await this.manager.query(LOCK_CASE, [tenantId, caseId]);
    if (!columns) return null;
    const [context]: Array<{ pending_deadlines: PendingDeadline[]; audit_head: AuditChainHead }> = await this.manager.query(
      CASE_CONTEXT_AFTER_LOCK,
      [columns.id],
    );
    return { ...(await this.toRecord({ ...columns, pending_deadlines: context?.pending_deadlines ?? [] })), auditHead: context?.audit_head ?? null };
  }

  async find(tenantId: string, caseId: string): Promise<CaseRecord | null> {
    const [columns]: CaseColumns[] = await this.manager.query(READ_CASE, [tenantId, caseId]);
    return columns ? this.toRecord(columns) : null;
  }

  async insert(row: GrantCaseEntity): Promise<void> {
    await this.manager.query(
      `INSERT INTO grant_case (id, tenant_id, program_version_id, organization_id, case_number, fiscal_year, state, snapshot,
                               machine_version, version, requested_amount, decided_amount, confirmed_amount, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14, $15)`,
      [
        row.id,
        row.tenantId,
        row.programVersionId,
        row.organizationId,
        row.caseNumber,
        row.fiscalYear,
        row.state,
        JSON.stringify(row.snapshot),
        row.machineVersion,
        row.version,
        row.requestedAmount,
        row.decidedAmount,
        row.confirmedAmount,
        row.createdAt,
        row.updatedAt,
      ],
    );
  }

  /** Writes what an event changes on the locked row, without reading it back first. */
  async update(row: GrantCaseEntity): Promise<void> {
    await this.manager.query(
      `UPDATE grant_case SET state = $2, snapshot = $3::jsonb, version = $4, case_number = $5,
              requested_amount = $6, decided_amount = $7, confirmed_amount = $8, updated_at = $9
        WHERE id = $1`,
      [
        row.id,
        row.state,
        JSON.stringify(row.snapshot),
        row.version,
        row.caseNumber,
        row.requestedAmount,
        row.decidedAmount,
        row.confirmedAmount,
        row.updatedAt,
      ],
    );
  }

  /** The program's current version, which a new case is filed under; null if the tenant has no such program. */
  async latestProgram(tenantId: string, code: string): Promise<{ versionId: string; program: Program } | null> {
    const [latest]: Array<{ id: string }> = await this.manager.query(
      `SELECT id FROM program_version WHERE tenant_id = $1 AND code = $2 ORDER BY version DESC LIMIT 1`,
      [tenantId, code],
    );
    return latest ? { versionId: latest.id, program: await this.program(latest.id) } : null;
  }

  /** An organization of the tenant, with the tenant's name (its notices' sender); null if the tenant has no such organization. */
  async organization(tenantId: string, organizationId: string): Promise<{ organization: OrganizationEntity; municipalityName: string } | null> {
    const [found]: Array<{ organization: OrganizationColumns; municipality_name: string }> = await this.manager.query(
      `SELECT to_jsonb(o) AS organization, t.name AS municipality_name
         FROM organization o JOIN tenant t ON t.id = o.tenant_id
        WHERE o.tenant_id = $1 AND o.id = $2`,
      [tenantId, organizationId],
    );
    return found ? { organization: toOrganization(found.organization), municipalityName: found.municipality_name } : null;
  }

  /** The case's open deadlines, soonest first, as the case view lists them. */
  async pendingDeadlines(caseId: string): Promise<PendingDeadline[]> {
    return this.manager.query(
      `SELECT kind, subject, to_char(due_on, 'YYYY-MM-DD') AS "dueOn" FROM deadline
        WHERE case_id = $1 AND status = 'pending' ORDER BY ${PENDING_DEADLINES_ORDER}`,
      [caseId],
    );
  }

  /** A user's role and the organizations they are a member of (the conflict-of-interest rule reads them); null if no such user. */
  async userWithOrganizations(tenantId: string, userId: string): Promise<{ role: string; organizationIds: string[] } | null> {
    const [user]: Array<{ role: string; organization_ids: string[] }> = await this.manager.query(
      `SELECT u.role, COALESCE(array_agg(m.organization_id) FILTER (WHERE m.organization_id IS NOT NULL), '{}') AS organization_ids
         FROM app_user u LEFT JOIN organization_member m ON m.user_id = u.id AND m.tenant_id = u.tenant_id
        WHERE u.tenant_id = $1 AND u.id = $2
        GROUP BY u.id`,
      [tenantId, userId],
    );
    return user ? { role: user.role, organizationIds: user.organization_ids } : null;
  }

  /**
   * The kinds of document the case holds as attachments. A newer version keeps its kind, so a
   * kind with any version has a current one: these are the papers a filing is checked against.
   */
  async documentKindsHeld(tenantId: string, caseId: string): Promise<DocumentKind[]> {
    const rows: Array<{ document_kind: DocumentKind }> = await this.manager.query(
      `SELECT DISTINCT document_kind FROM attachment WHERE tenant_id = $1 AND case_id = $2 ORDER BY document_kind`,
      [tenantId, caseId],
    );
    return rows.map((row) => row.document_kind);
  }

  /** The municipality's own closed days, for its calendar. */
  async closedDays(tenantId: string): Promise<string[]> {
    const days = await this.manager.find(TenantClosedDayEntity, { where: { tenantId }, select: { closedOn: true } });
    return days.map((day) => day.closedOn);
  }

  /** The organization's other grants under a program, by fiscal year: confirmed amounts, else decided ones. */
  async grantsByFiscalYear(tenantId: string, organizationId: string, programCode: string, exceptCaseId: string): Promise<Map<number, Yen>> {
    const rows: Array<{ fiscal_year: number; granted: string }> = await this.manager.query(
      `SELECT c.fiscal_year, SUM(COALESCE(c.confirmed_amount, c.decided_amount, 0)) AS granted
         FROM grant_case c JOIN program_version p ON p.id = c.program_version_id
        WHERE c.tenant_id = $1 AND c.organization_id = $2 AND p.code = $3 AND c.id <> $4
          AND c.state <> ALL($5)
        GROUP BY c.fiscal_year`,
      [tenantId, organizationId, programCode, exceptCaseId, ENDED_WITHOUT_GRANT],
    );
    return new Map(rows.map((row) => [row.fiscal_year, Number(row.granted)]));
  }

  /** The next gap-free number of a scope; the row stays locked, so a rollback gives the number back. */
  async nextNumber(tenantId: string, scope: string): Promise<number> {
    const [row]: Array<{ last_value: number }> = await this.manager.query(
      `INSERT INTO number_sequence (tenant_id, scope, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (tenant_id, scope) DO UPDATE SET last_value = number_sequence.last_value + 1
       RETURNING last_value`,
      [tenantId, scope],
    );
    return row?.last_value ?? 1;
  }

  private async toRecord(columns: CaseColumns): Promise<CaseRecord> {
    const row = Object.assign(new GrantCaseEntity(), {
      id: columns.id,
      tenantId: columns.tenant_id,
      programVersionId: columns.program_version_id,
      organizationId: columns.organization_id,
      caseNumber: columns.case_number,
      fiscalYear: columns.fiscal_year,
      state: columns.state,
      snapshot: columns.snapshot,
      machineVersion: columns.machine_version,
      version: columns.version,
      requestedAmount: yenOrNull(columns.requested_amount),
      decidedAmount: yenOrNull(columns.decided_amount),
      confirmedAmount: yenOrNull(columns.confirmed_amount),
      createdAt: columns.created_at,
      updatedAt: columns.updated_at,
    });
    const organization = toOrganization(columns.organization);
    return {
      row,
      program: await this.program(row.programVersionId),
      organization,
      municipalityName: columns.municipality_name,
      pendingDeadlines: columns.pending_deadlines,
    };
  }

  /** A program version's rules, loaded once per process. */
  async program(programVersionId: string): Promise<Program> {
    const cached = programsByVersionId.get(programVersionId);
    if (cached) return cached;
    const version = await this.manager.findOneOrFail(ProgramVersionEntity, { where: { id: programVersionId } });
    const program = loadProgram(version.definition);
    if (programsByVersionId.size >= PROGRAM_CACHE_LIMIT) programsByVersionId.clear();
    programsByVersionId.set(programVersionId, program);
    return program;
  }
}
