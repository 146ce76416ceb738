import type { EntityManager } from 'typeorm';
import { loadProgram, type Program, type Yen } from '#libs/programs';
import { AppUserEntity, DeadlineEntity, GrantCaseEntity, TenantClosedDayEntity, OrganizationEntity, OrganizationMemberEntity, ProgramVersionEntity } from '#libs/persistence';

export interface CaseRecord {
  row: GrantCaseEntity;
  program: Program;
  organization: OrganizationEntity;
}

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
  async lock(tenantId: string, caseId: string): Promise<CaseRecord | null> {
    const row = await this.manager.findOne(GrantCaseEntity, {
      where: { id: caseId, tenantId },
      lock: { mode: 'pessimistic_write' },
    });
    return row ? this.withProgramAndOrganization(row) : null;
  }

  async find(tenantId: string, caseId: string): Promise<CaseRecord | null> {
    const row = await this.manager.findOne(GrantCaseEntity, { where: { id: caseId, tenantId } });
    return row ? this.withProgramAndOrganization(row) : null;
  }

  async insert(row: GrantCaseEntity): Promise<GrantCaseEntity> {
    return this.manager.save(GrantCaseEntity, row);
  }

  /** Writes what an event changes on the locked row, without reading it back first. */
  async update(row: GrantCaseEntity): Promise<void> {
    const { state, snapshot, version, caseNumber, requestedAmount, decidedAmount, confirmedAmount, updatedAt } = row;
    await this.manager.update(
      GrantCaseEntity,
      { id: row.id },
      { state, snapshot: snapshot as object, version, caseNumber, requestedAmount, decidedAmount, confirmedAmount, updatedAt },
    );
  }

  async latestProgramVersion(tenantId: string, code: string): Promise<ProgramVersionEntity | null> {
    return this.manager.findOne(ProgramVersionEntity, { where: { tenantId, code }, order: { version: 'DESC' } });
  }

  async organization(tenantId: string, organizationId: string): Promise<OrganizationEntity | null> {
    return this.manager.findOne(OrganizationEntity, { where: { tenantId, id: organizationId } });
  }

  /** The case's open deadlines, soonest first, as the case view lists them. */
  async pendingDeadlines(caseId: string): Promise<DeadlineEntity[]> {
    return this.manager.find(DeadlineEntity, { where: { caseId, status: 'pending' }, order: { dueOn: 'ASC' } });
  }

  async roleOf(tenantId: string, userId: string): Promise<string | null> {
    const user = await this.manager.findOne(AppUserEntity, { where: { tenantId, id: userId } });
    return user?.role ?? null;
  }

  /** The municipality's own closed days, for its calendar. */
  async closedDays(tenantId: string): Promise<string[]> {
    const days = await this.manager.find(TenantClosedDayEntity, { where: { tenantId }, select: { closedOn: true } });
    return days.map((day) => day.closedOn);
  }

  async organizationIdsOf(tenantId: string, userId: string): Promise<string[]> {
    const memberships = await this.manager.find(OrganizationMemberEntity, { where: { tenantId, userId } });
    return memberships.map((membership) => membership.organizationId);
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

  private async withProgramAndOrganization(row: GrantCaseEntity): Promise<CaseRecord> {
    const [program, organization] = await Promise.all([
      this.program(row.programVersionId),
      this.manager.findOneOrFail(OrganizationEntity, { where: { id: row.organizationId } }),
    ]);
    return { row, program, organization };
  }

  private async program(programVersionId: string): Promise<Program> {
    const cached = programsByVersionId.get(programVersionId);
    if (cached) return cached;
    const version = await this.manager.findOneOrFail(ProgramVersionEntity, { where: { id: programVersionId } });
    const program = loadProgram(version.definition);
    if (programsByVersionId.size >= PROGRAM_CACHE_LIMIT) programsByVersionId.clear();
    programsByVersionId.set(programVersionId, program);
    return program;
  }
}
