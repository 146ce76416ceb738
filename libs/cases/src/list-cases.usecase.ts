import { problem, text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { decodeKeysetCursor, encodeKeysetCursor, UnitOfWork } from '#libs/persistence';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { type CaseListCursor, type CaseListFilter, listCases } from './case-list.repository.js';
import { type CaseSummary, toCaseSummary } from './case-summary.js';
import type { CaseUser } from './case-user.js';
import { ADMINISTRATORS_SEE_NO_CASES, CASE_READERS } from './case-readers.js';
import { Clock } from '#libs/clock';

export interface CasePage {
  items: CaseSummary[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

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
    const now = this.clock.now();
    const today = tokyoDateOf(now);
    return this.unitOfWork.run(async (manager) => {
      // One row more than asked tells whether there is a next page.
      const rows = await listCases(manager, user, filter, { limit: limit + 1, after, now });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => toCaseSummary(row, today)),
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
