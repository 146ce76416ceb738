import { Injectable } from '@nestjs/common';
import { text } from '#libs/errors';
import { type CaseUser, CaseRepository, visibleCase } from '#libs/cases';
import { CASE_ROLE_LABELS, type CaseRole, restoreSnapshot, reviewerAssignmentProblems, type StoredCaseSnapshot } from '#libs/lifecycle';
import { UnitOfWork } from '#libs/persistence';
import { requireDirectoryReader } from './directory-readers.policy.js';
import { staffOf } from './staff-directory.repository.js';

export interface StaffView {
  id: string;
  displayName: string;
  role: CaseRole;
  /** 担当職員, 審査員 … */
  roleJa: string;
  /** 地域担当職員: the areas an officer covers; empty for all. */
  liaisonAreas: string[];
  /** The organizations they are a member of (a reviewer may not review theirs: 利益相反). */
  organizations: Array<{ id: string; name: string }>;
  /** With `forCase`: why they cannot be assigned to it (a member of the applicant, a conflict declared, already assigned); empty when they can. */
  assignmentProblems: Array<{ field: string | null; ja: string; en: string }>;
}

/**
 * GET /directory/users: the municipality's people by role, for staff; an officer picking a
 * reviewer asks `role=reviewer&forCase=…` and learns who cannot be assigned, and why.
 */
@Injectable()
export class ListStaff {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(user: CaseUser, { role, forCase }: { role: CaseRole | null; forCase: string | null }): Promise<StaffView[]> {
    requireDirectoryReader(user.role, text('利用者の一覧', 'users'));
    return this.unitOfWork.read(async (manager) => {
      // Another municipality's or area's case is a 404, as everywhere a case is named.
      const record = forCase === null ? null : visibleCase(await new CaseRepository(manager).find(user.tenantId, forCase), user, forCase);
      const context = record && restoreSnapshot(record.row.snapshot as StoredCaseSnapshot, record.program).context;
      return (await staffOf(manager, user.tenantId, role)).map((person) => ({
        ...person,
        roleJa: CASE_ROLE_LABELS[person.role].ja,
        assignmentProblems:
          context && person.role === 'reviewer'
            ? reviewerAssignmentProblems(context, person.id, person.organizations.map((organization) => organization.id)).map(({ field, text: said }) => ({ field, ...said }))
            : [],
      }));
    });
  }
}
