import { text } from '#libs/errors';
import type { StoredCaseSnapshot } from '#libs/lifecycle';
import { canSeeCase } from './case-access.policy.js';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { ADMINISTRATORS_SEE_NO_CASES, CASE_READERS } from './case-readers.js';
import type { CaseRecord } from './case.repository.js';
import type { CaseUser } from './case-user.js';

/**
 * The case if this user may see it; otherwise 404, the same answer as for a case that does
 * not exist. An administrator of the case's own municipality learns it exists: they may
 * not see cases by role, which is a 403 that says whose they are.
 */
export function visibleCase<R extends CaseRecord>(record: R | null, user: CaseUser, caseId: string): R {
  if (record !== null && user.role === 'admin' && record.row.tenantId === user.tenantId) {
    throw new CaseException(CaseErrorCode.Forbidden, ADMINISTRATORS_SEE_NO_CASES, { allowedRoles: CASE_READERS });
  }
  const snapshot = record?.row.snapshot as StoredCaseSnapshot | undefined;
  const visible =
    record !== null &&
    canSeeCase(user, {
      tenantId: record.row.tenantId,
      organizationId: record.row.organizationId,
      organizationArea: record.organization.area,
      assignedReviewerIds: snapshot?.context.reviewers.map((reviewer) => reviewer.reviewerId) ?? [],
    });
  if (!visible) throw new CaseException(CaseErrorCode.NotFound, text('その案件は見つかりません。', `case ${caseId} not found`));
  return record;
}
