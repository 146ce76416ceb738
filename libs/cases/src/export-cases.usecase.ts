import { Injectable } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { problem, text } from '#libs/errors';
import { UnitOfWork } from '#libs/persistence';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { type CaseListFilter, listCases } from './case-list.repository.js';
import { caseListCsv } from './case-list-csv.js';
import { ADMINISTRATORS_SEE_NO_CASES, CASE_READERS } from './case-readers.js';
import { toCaseSummary } from './case-summary.js';
import type { CaseUser } from './case-user.js';
import { Clock } from '#libs/clock';

/**
 * The most cases one export holds: years of a municipality's cases, and few enough to build the
 * file in memory. Past it the export is refused rather than cut, so a file never silently lacks cases.
 */
export const CASE_EXPORT_MAX_ROWS = 10_000;

export interface CaseExport {
  /** cases-20250501.csv: the Tokyo date it was made. */
  fileName: string;
  csv: string;
}

/** GET /cases/export.csv: every case of the list under the same filters and the same visibility, as one CSV file. */
@Injectable()
export class ExportCases {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(user: CaseUser, filter: CaseListFilter): Promise<CaseExport> {
    if (user.role === 'admin') {
      throw new CaseException(CaseErrorCode.Forbidden, ADMINISTRATORS_SEE_NO_CASES, { allowedRoles: CASE_READERS });
    }
    const now = this.clock.now();
    const today = tokyoDateOf(now);
    // One row more than the most tells that too many match.
    const rows = await this.unitOfWork.read((manager) => listCases(manager, user, filter, { limit: CASE_EXPORT_MAX_ROWS + 1, after: null, now }));
    if (rows.length > CASE_EXPORT_MAX_ROWS) throw tooManyCases();
    return { fileName: `cases-${today.replaceAll('-', '')}.csv`, csv: caseListCsv(rows.map((row) => toCaseSummary(row, today))) };
  }
}

function tooManyCases(): CaseException {
  const most = CASE_EXPORT_MAX_ROWS.toLocaleString('en-US');
  const message = text(
    `条件に合う案件が${most}件を超えるため、CSVに出力できません。年度・制度・地区などで絞り込んでから、もう一度出力してください。`,
    `more than ${most} cases match, the most one export holds: narrow the filters (fiscalYear, program, area …) and export again`,
  );
  return new CaseException(CaseErrorCode.ExportTooLarge, message, { maxRows: CASE_EXPORT_MAX_ROWS }, [problem(null, message.ja, message.en)]);
}
