import { problem, text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import type { CaseRole } from '#libs/lifecycle';
import { appendAdministrationEntry, fieldChanges } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { requireAdministrator } from './administrator.policy.js';
import { requireLiaisonAreasFit } from './liaison-areas.policy.js';
import { userNotFound } from './not-found.js';
import { UserDirectoryRepository } from './user-directory.repository.js';
import type { UserView } from './user.view.js';

export interface UpdateUserCommand {
  displayName?: string;
  role?: CaseRole;
  liaisonAreas?: string[];
}

/**
 * Renames a user, changes their role or their liaison areas. A new role ends every token
 * issued to them (session epoch), so they log in again under it; leaving the officer role
 * clears the liaison areas. An administrator cannot take the admin role from themselves,
 * so a municipality always keeps one.
 */
@Injectable()
export class UpdateUser {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, userId: string, command: UpdateUserCommand): Promise<UserView> {
    requireAdministrator(actor, text('利用者の変更', 'change users'));
    return this.unitOfWork.run(async (manager) => {
      const users = new UserDirectoryRepository(manager);
      const currentRole = await users.lockRole(actor.tenantId, userId);
      if (currentRole === null) throw userNotFound(userId);
      const role = command.role ?? currentRole;
      if (userId === actor.userId && role !== 'admin') {
        const own = problem(
          'role',
          '自分のシステム管理者の役割は外せません。ほかの管理者に変更を頼んでください。',
          'you may not remove your own admin role; another administrator can change it',
        );
        throw new AdministrationException(AdministrationErrorCode.OwnAdminRole, own.text, {}, [own]);
      }
      requireLiaisonAreasFit(role, command.liaisonAreas);
      const before = (await users.find(actor.tenantId, userId))!;
      const roleChanged = role !== currentRole;
      await users.update(actor.tenantId, userId, {
        displayName: command.displayName,
        role: command.role,
        liaisonAreas: command.liaisonAreas ?? (roleChanged && role !== 'officer' ? [] : undefined),
        raiseSessionEpoch: roleChanged,
      });
      const after = (await users.find(actor.tenantId, userId))!;
      const changed = fieldChanges(before, after, ['displayName', 'role', 'liaisonAreas']);
      if (changed !== null) {
        await appendAdministrationEntry(manager, { actor, action: 'user.updated', subjectId: userId, payload: changed, occurredAt: this.clock.now() });
      }
      return after;
    });
  }
}
