import { Injectable } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { canSeeCase, type CaseUser } from '#libs/cases';
import { Clock } from '#libs/clock';
import { text } from '#libs/errors';
import { type CaseRole, rolesText } from '#libs/lifecycle';
import { UnitOfWork } from '#libs/persistence';
import { fiscalYearCloseReport, type FiscalYearCloseReport } from '#libs/reminders';
import { FiscalYearCloseReportErrorCode, FiscalYearCloseReportException } from './fiscal-year-close-report.exception.js';
import { readUnsettledCases } from './fiscal-year-close-report.repository.js';

/** Who reads the report on demand: those it is sent to (finance, officers) and the approvers who decide on the cases. */
export const FISCAL_YEAR_CLOSE_REPORT_READERS: readonly CaseRole[] = ['officer', 'approver', 'finance'];

/**
 * The fiscal-year close report (未精算案件) of the caller's municipality as of today, made of the
 * cases the caller may see (`canSeeCase`: a liaison officer gets their areas' cases only).
 */
@Injectable()
export class ReadFiscalYearCloseReport {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(user: CaseUser, fiscalYear: number): Promise<FiscalYearCloseReport> {
    if (!FISCAL_YEAR_CLOSE_REPORT_READERS.includes(user.role)) {
      throw new FiscalYearCloseReportException(
        FiscalYearCloseReportErrorCode.Forbidden,
        text(
          `未精算案件の報告を見られるのは${rolesText(FISCAL_YEAR_CLOSE_REPORT_READERS).ja}です。`,
          `the fiscal-year close report is read by ${FISCAL_YEAR_CLOSE_REPORT_READERS.join(', ')}, not ${user.role}`,
        ),
        { allowedRoles: FISCAL_YEAR_CLOSE_REPORT_READERS },
      );
    }
    const cases = await this.unitOfWork.read((manager) => readUnsettledCases(manager, user.tenantId, fiscalYear));
    return fiscalYearCloseReport(
      fiscalYear,
      tokyoDateOf(this.clock.now()),
      cases.filter((entry) => canSeeCase(user, entry.scope)),
    );
  }
}
