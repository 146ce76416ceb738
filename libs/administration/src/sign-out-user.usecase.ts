import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { requireAdministrator } from './administrator.policy.js';
import { userNotFound } from './not-found.js';
import { UserDirectoryRepository } from './user-directory.repository.js';

/** Ends every token issued to a user so far, on every device (a lost laptop, a leaver): they must log in again. */
@Injectable()
export class SignOutUser {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, userId: string): Promise<void> {
    requireAdministrator(actor, text('利用者のサインアウト', 'sign users out'));
    return this.unitOfWork.run(async (manager) => {
      if (!(await new UserDirectoryRepository(manager).raiseSessionEpoch(actor.tenantId, userId))) throw userNotFound(userId);
      await appendAdministrationEntry(manager, { actor, action: 'user.signedOut', subjectId: userId, payload: {}, occurredAt: this.clock.now() });
    });
  }
}
