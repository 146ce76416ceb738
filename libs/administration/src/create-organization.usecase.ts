import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { requireAdministrator } from './administrator.policy.js';
import { type OrganizationFields, OrganizationDirectoryRepository } from './organization-directory.repository.js';
import { toOrganizationView } from './organization-view.mapper.js';
import type { OrganizationView } from './organization.view.js';

/** A new applicant organization (地域協働体, 町内会・自治会 …) of the municipality, without members yet. */
@Injectable()
export class CreateOrganization {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, fields: OrganizationFields): Promise<OrganizationView> {
    requireAdministrator(actor, text('団体の登録', 'create organizations'));
    return this.unitOfWork.run(async (manager) => {
      const organizations = new OrganizationDirectoryRepository(manager);
      const id = await organizations.insert(actor.tenantId, fields);
      const { name, type, area, population } = fields;
      await appendAdministrationEntry(manager, {
        actor,
        action: 'organization.created',
        subjectId: id,
        payload: { after: { name, type, area, population } },
        occurredAt: this.clock.now(),
      });
      return toOrganizationView((await organizations.find(actor.tenantId, id))!);
    });
  }
}
