import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { requireAdministrator } from './administrator.policy.js';
import { organizationNotFound, userNotFound } from './not-found.js';
import { OrganizationDirectoryRepository } from './organization-directory.repository.js';
import { toOrganizationView } from './organization-view.mapper.js';
import type { OrganizationView } from './organization.view.js';
import { UserDirectoryRepository } from './user-directory.repository.js';

/**
 * Ends a user's membership: from the next request they no longer act for the organization
 * or see its cases (the guard reads memberships on every request).
 */
@Injectable()
export class RemoveOrganizationMember {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, organizationId: string, userId: string): Promise<OrganizationView> {
    requireAdministrator(actor, text('団体の会員の変更', 'change organization members'));
    return this.unitOfWork.run(async (manager) => {
      const organizations = new OrganizationDirectoryRepository(manager);
      if (!(await organizations.lock(actor.tenantId, organizationId))) throw organizationNotFound(organizationId);
      if ((await new UserDirectoryRepository(manager).find(actor.tenantId, userId)) === null) throw userNotFound(userId);
      if (!(await organizations.removeMember(actor.tenantId, organizationId, userId))) {
        throw new AdministrationException(
          AdministrationErrorCode.MembershipNotFound,
          text('この利用者はこの団体の会員ではありません。', `user ${userId} is not a member of organization ${organizationId}`),
        );
      }
      await appendAdministrationEntry(manager, {
        actor,
        action: 'organization.memberRemoved',
        subjectId: organizationId,
        payload: { userId },
        occurredAt: this.clock.now(),
      });
      return toOrganizationView((await organizations.find(actor.tenantId, organizationId))!);
    });
  }
}
