import { text } from '#libs/errors';
import { acceptableEvents, type CaseContext, conflictDeclarationOwed, restoreSnapshot, type StoredCaseSnapshot } from '#libs/lifecycle';
import { CaseErrorCode, CaseException } from './case.exception.js';
import type { CaseRecord } from './case.repository.js';
import type { CaseUser } from './case-user.js';
import { visibleCase } from './visible-case.js';

/**
 * Whether the application is withheld from this user: they are a reviewer who has not declared
 * that they have no conflict of interest (利益相反なし) on a case assigned to them. A 審査
 * committee asks it before a member reads the application; until then the case view shows its
 * header only (`toCaseView`) and every record of it is refused (`readableCase`). A reviewer
 * who declared a conflict is no longer assigned: the answer to that declaration shows none of it either.
 */
export function applicationWithheldFrom(user: CaseUser, context: Pick<CaseContext, 'reviewers'>): boolean {
  if (user.role !== 'reviewer') return false;
  return !context.reviewers.some((reviewer) => reviewer.reviewerId === user.userId) || conflictDeclarationOwed(context, user.userId);
}

/**
 * The case if this user may read its records (the application's lines, papers, notes, reviews,
 * payments, notices, history): they see it (404 otherwise, `visibleCase`) and nothing is withheld
 * from them (403 otherwise, with the events they may send now).
 */
export function readableCase<R extends CaseRecord>(record: R | null, user: CaseUser, caseId: string): R {
  const visible = visibleCase(record, user, caseId);
  const stored = visible.row.snapshot as StoredCaseSnapshot;
  if (!applicationWithheldFrom(user, stored.context)) return visible;
  const actor = { userId: user.userId, role: user.role, organizationIds: user.organizationIds };
  throw new CaseException(
    CaseErrorCode.ConflictDeclarationOwed,
    text(
      '申請団体との利益相反がないことを申告するまで、申請の内容・書類・記録は見られません。利益相反があるときは、申請を見ずにその申告をしてください。',
      `the application, its papers and records are withheld until you declare that you have no conflict of interest (AFFIRM_NO_CONFLICT), or declare the conflict (DECLARE_CONFLICT); case ${caseId}`,
    ),
    { acceptableEvents: acceptableEvents(restoreSnapshot(stored, visible.program), actor) },
  );
}
