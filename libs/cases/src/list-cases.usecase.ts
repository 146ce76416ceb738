import { problem, text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { CASE_STATE_LABELS, type CaseStateCode } from '#libs/lifecycle';
import type { Yen } from '#libs/programs';
import { decodeKeysetCursor, encodeKeysetCursor, UnitOfWork } from '#libs/persistence';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { type CaseListCursor, type CaseListFilter, listCases } from './case-list.repository.js';
import type { CaseUser } from './case-user.js';
import { ADMINISTRATORS_SEE_NO_CASES, CASE_READERS } from './case-readers.js';
import { Clock } from './clock.js';

export interface CaseSummary {
  id: string;
  caseNumber: string | null;
  programCode: string;
  organization: { id: string; name: string };
  fiscalYear: number;
  state: { code: CaseStateCode; ja: string; en: string };
  amounts: { requested: Yen | null; decided: Yen | null; confirmed: Yen | null };
  overdue: boolean;
  updatedAt: string;
}

export interface CasePage {
  items: CaseSummary[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

const toYen = (value: string | null) => (value === null ? null : Number(value));

/** The list a clerk works from: the cases they may see, filtered, newest first, a page at a time. */
@Injectable()
export class ListCases {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(user: CaseUser, filter: CaseListFilter, limit: number, cursor: string | null): Promise<CasePage> {
    if (user.role === 'admin') {
      throw new CaseException(CaseErrorCode.Forbidden, ADMINISTRATORS_SEE_NO_CASES, { allowedRoles: CASE_READERS });
    }
    const after = cursor === null ? null : decodeCursor(cursor);
    return this.unitOfWork.run(async (manager) => {
      // One row more than asked tells whether there is a next page.
      const rows = await listCases(manager, user, filter, { limit: limit + 1, after, now: this.clock.now() });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({
          id: row.id,
          caseNumber: row.case_number,
          programCode: row.program_code,
          organization: { id: row.organization_id, name: row.organization_name },
          fiscalYear: row.fiscal_year,
          state: { code: row.state as CaseStateCode, ...CASE_STATE_LABELS[row.state as CaseStateCode] },
          amounts: { requested: toYen(row.requested_amount), decided: toYen(row.decided_amount), confirmed: toYen(row.confirmed_amount) },
          overdue: row.overdue,
          updatedAt: row.updated_at.toISOString(),
        })),
        nextCursor: rows.length > limit && last ? encodeKeysetCursor({ createdAt: last.cursor_at, id: last.id }) : null,
      };
    });
  }
}

function decodeCursor(cursor: string): CaseListCursor {
  const position = decodeKeysetCursor(cursor);
  if (position) return position;
  throw new CaseException(
    CaseErrorCode.InvalidCursor,
    text('ページの位置（cursor）が正しくありません。最初のページから開き直してください。', 'cursor is not one this API gave out: start again without it'),
    {},
    [problem('cursor', 'ページの位置（cursor）が正しくありません。', 'cursor is not one this API gave out')],
  );
}
