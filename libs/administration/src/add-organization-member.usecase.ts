import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { CASE_ROLE_LABELS } from '#libs/lifecycle';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { requireAdministrator } from './administrator.policy.js';
import { organizationNotFound, userNotFound } from './not-found.js';
import { OrganizationDirectoryRepository } from './organization-directory.repository.js';
import { toOrganizationView } from './organization-view.mapper.js';
import type { OrganizationView } from './organization.view.js';
import { UserDirectoryRepository } from './user-directory.repository.js';

/** Lets an applicant act for an organization. Adding a member twice changes nothing. */
@Injectable()
export class AddOrganizationMember {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, organizationId: string, userId: string): Promise<OrganizationView> {
    requireAdministrator(actor, text('団体の会員の変更', 'change organization members'));
    return this.unitOfWork.run(async (manager) => {
      const organizations = new OrganizationDirectoryRepository(manager);
      if (!(await organizations.lock(actor.tenantId, organizationId))) throw organizationNotFound(organizationId);
      // Locked, so the role cannot change between this check and the insert.
      const role = await new UserDirectoryRepository(manager).lockRole(actor.tenantId, userId);
      if (role === null) throw userNotFound(userId);
      // Applicants act for their organizations; a reviewer's memberships bar them from reviewing
      // those organizations' applications (利益相反). Other roles belong to the city.
      if (role !== 'applicant' && role !== 'reviewer') {
        throw new AdministrationException(
          AdministrationErrorCode.MemberRoleNotAllowed,
          text(
            `団体の会員にできるのは申請団体の方と審査員だけです。この利用者の役割は${CASE_ROLE_LABELS[role].ja}です。`,
            `only applicants and reviewers can be members of an organization; user ${userId} has the role ${role}`,
          ),
          { role },
        );
      }
      if (await organizations.addMember(actor.tenantId, organizationId, userId)) {
        await appendAdministrationEntry(manager, {
          actor,
          action: 'organization.memberAdded',
          subjectId: organizationId,
          payload: { userId },
          occurredAt: this.clock.now(),
        });
      }
      return toOrganizationView((await organizations.find(actor.tenantId, organizationId))!);
    });
  }
}
