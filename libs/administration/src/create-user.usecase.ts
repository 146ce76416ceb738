import { problem, text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '#libs/accounts';
import type { CaseRole } from '#libs/lifecycle';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { requireAdministrator } from './administrator.policy.js';
import type { CreatedUserView } from './created-user.view.js';
import { requireLiaisonAreasFit } from './liaison-areas.policy.js';
import { oneTimePassword } from './one-time-password.js';
import { UserDirectoryRepository } from './user-directory.repository.js';

export interface CreateUserCommand {
  email: string;
  displayName: string;
  role: CaseRole;
  /** Stored only as its Argon2id hash. Absent: a one-time password is issued, which its owner changes at the first login. */
  password?: string;
  liaisonAreas?: string[];
}

/**
 * A local account of the municipality with one role. An email is taken once per municipality,
 * in any case. Without a password the administrator is handed a one-time one to pass on, as a
 * reset hands one over: nobody but its owner ever chooses the password they keep.
 */
@Injectable()
export class CreateUser {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AdministrationActor, command: CreateUserCommand): Promise<CreatedUserView> {
    requireAdministrator(actor, text('利用者の登録', 'create users'));
    requireLiaisonAreasFit(command.role, command.liaisonAreas);
    const temporaryPassword = command.password === undefined ? oneTimePassword() : undefined;
    // Hashed before the transaction: Argon2id takes a while and holds no lock.
    const passwordHash = await this.hasher.hash(command.password ?? temporaryPassword!);
    return this.unitOfWork.run(async (manager) => {
      const users = new UserDirectoryRepository(manager);
      const { email, displayName, role, liaisonAreas = [] } = command;
      const id = await users.insert(actor.tenantId, { email, displayName, role, liaisonAreas, passwordHash, passwordChangeRequired: temporaryPassword !== undefined });
      if (id === null) {
        const taken = problem('email', 'このメールアドレスは、この自治体のほかの利用者が使っています。', `another user of this municipality has the email ${email}`);
        throw new AdministrationException(AdministrationErrorCode.EmailTaken, taken.text, {}, [taken]);
      }
      const created = (await users.find(actor.tenantId, id))!;
      // The account as stored, without the password: the trail never holds it or its hash.
      await appendAdministrationEntry(manager, {
        actor,
        action: 'user.created',
        subjectId: id,
        payload: { after: { email: created.email, displayName: created.displayName, role: created.role, liaisonAreas: created.liaisonAreas } },
        occurredAt: this.clock.now(),
      });
      return temporaryPassword === undefined ? created : { ...created, temporaryPassword };
    });
  }
}
