import { Injectable } from '@nestjs/common';
import { text } from '#libs/errors';
import type { CaseUser } from '#libs/cases';
import { ORGANIZATION_TYPE_LABELS, type OrganizationType } from '#libs/programs';
import { UnitOfWork } from '#libs/persistence';
import { requireDirectoryReader } from './directory-readers.policy.js';
import { organizationsOf } from './staff-directory.repository.js';

export interface OrganizationDirectoryView {
  id: string;
  name: string;
  type: OrganizationType;
  typeJa: string;
  area: string;
  population: number | null;
  members: Array<{ id: string; displayName: string }>;
}

/** GET /directory/organizations: the applicant organizations with their members, for staff; a liaison officer's areas only. */
@Injectable()
export class ListOrganizationDirectory {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(user: CaseUser): Promise<OrganizationDirectoryView[]> {
    requireDirectoryReader(user.role, text('団体の一覧', 'organizations'));
    const areas = user.role === 'officer' && user.liaisonAreas.length > 0 ? user.liaisonAreas : null;
    return this.unitOfWork.read(async (manager) =>
      (await organizationsOf(manager, user.tenantId, areas)).map((row) => ({
        ...row,
        type: row.type as OrganizationType,
        typeJa: ORGANIZATION_TYPE_LABELS[row.type as OrganizationType],
      })),
    );
  }
}
