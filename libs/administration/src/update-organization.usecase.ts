import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry, fieldChanges } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { requireAdministrator } from './administrator.policy.js';
import { organizationNotFound } from './not-found.js';
import { type OrganizationChanges, OrganizationDirectoryRepository } from './organization-directory.repository.js';
import { toOrganizationView } from './organization-view.mapper.js';
import type { OrganizationView } from './organization.view.js';

/**
 * Renames an organization, moves it to another area or sets its population (null: unknown).
 * Its type stays: programs check eligibility by it. A case already opened keeps the population
 * it was opened with (it is in the case's snapshot); who sees a case by area follows the new
 * area at once.
 */
@Injectable()
export class UpdateOrganization {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, organizationId: string, changes: OrganizationChanges): Promise<OrganizationView> {
    requireAdministrator(actor, text('団体の変更', 'change organizations'));
    return this.unitOfWork.run(async (manager) => {
      const organizations = new OrganizationDirectoryRepository(manager);
      if (!(await organizations.lock(actor.tenantId, organizationId))) throw organizationNotFound(organizationId);
      const before = (await organizations.find(actor.tenantId, organizationId))!;
      await organizations.update(actor.tenantId, organizationId, changes);
      const after = (await organizations.find(actor.tenantId, organizationId))!;
      const changed = fieldChanges(before, after, ['name', 'area', 'population']);
      if (changed !== null) {
        await appendAdministrationEntry(manager, {
          actor,
          action: 'organization.updated',
          subjectId: organizationId,
          payload: changed,
          occurredAt: this.clock.now(),
        });
      }
      return toOrganizationView(after);
    });
  }
}
