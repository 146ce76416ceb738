import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '#libs/accounts';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { text } from '#libs/errors';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { requireAdministrator } from './administrator.policy.js';
import { userNotFound } from './not-found.js';
import { oneTimePassword } from './one-time-password.js';
import { UserDirectoryRepository } from './user-directory.repository.js';

/**
 * An administrator resets a user's password (forgotten, or handed over): a one-time password
 * the user must replace at their next login, every session of theirs ended. The trail records
 * the reset, never the password.
 */
@Injectable()
export class ResetUserPassword {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(actor: AdministrationActor, userId: string): Promise<{ temporaryPassword: string }> {
    requireAdministrator(actor, text('パスワードの再設定', 'reset passwords'));
    const temporaryPassword = oneTimePassword();
    const passwordHash = await this.hasher.hash(temporaryPassword);
    await this.unitOfWork.run(async (manager) => {
      if (!(await new UserDirectoryRepository(manager).resetPassword(actor.tenantId, userId, passwordHash))) throw userNotFound(userId);
      await appendAdministrationEntry(manager, { actor, action: 'user.passwordReset', subjectId: userId, payload: {}, occurredAt: this.clock.now() });
    });
    return { temporaryPassword };
  }
}
