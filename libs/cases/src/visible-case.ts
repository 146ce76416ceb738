import type { StoredCaseSnapshot } from '#libs/lifecycle';
import { canSeeCase } from './case-access.policy.js';
import { CaseErrorCode, CaseException } from './case.exception.js';
import type { CaseRecord } from './case.repository.js';
import type { CaseUser } from './case-user.js';

/** The case if this user may see it; otherwise 404, the same answer as for a case that does not exist. */
export function visibleCase(record: CaseRecord | null, user: CaseUser, caseId: string): CaseRecord {
  const snapshot = record?.row.snapshot as StoredCaseSnapshot | undefined;
  const visible =
    record !== null &&
    canSeeCase(user, {
      tenantId: record.row.tenantId,
      organizationId: record.row.organizationId,
      organizationArea: record.organization.area,
      assignedReviewerIds: snapshot?.context.reviewers.map((reviewer) => reviewer.reviewerId) ?? [],
    });
  if (!visible) throw new CaseException(CaseErrorCode.NotFound, `case ${caseId} not found`);
  return record;
}
