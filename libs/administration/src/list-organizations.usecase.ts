import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { requireAdministrator } from './administrator.policy.js';
import { OrganizationDirectoryRepository } from './organization-directory.repository.js';
import { toOrganizationView } from './organization-view.mapper.js';
import type { OrganizationView } from './organization.view.js';

/** The municipality's applicant organizations, by name, with their members. */
@Injectable()
export class ListOrganizations {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(actor: AdministrationActor): Promise<OrganizationView[]> {
    requireAdministrator(actor, text('団体の一覧', 'list organizations'));
    return this.unitOfWork.run(async (manager) => (await new OrganizationDirectoryRepository(manager).list(actor.tenantId)).map(toOrganizationView));
  }
}
