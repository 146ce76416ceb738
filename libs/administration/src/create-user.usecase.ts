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
import { requireLiaisonAreasFit } from './liaison-areas.policy.js';
import { UserDirectoryRepository } from './user-directory.repository.js';
import type { UserView } from './user.view.js';

export interface CreateUserCommand {
  email: string;
  displayName: string;
  role: CaseRole;
  /** Stored only as its Argon2id hash. */
  password: string;
  liaisonAreas?: string[];
}

/** A local account of the municipality with one role. An email is taken once per municipality, in any case. */
@Injectable()
export class CreateUser {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AdministrationActor, command: CreateUserCommand): Promise<UserView> {
    requireAdministrator(actor, text('利用者の登録', 'create users'));
    requireLiaisonAreasFit(command.role, command.liaisonAreas);
    // Hashed before the transaction: Argon2id takes a while and holds no lock.
    const passwordHash = await this.hasher.hash(command.password);
    return this.unitOfWork.run(async (manager) => {
      const users = new UserDirectoryRepository(manager);
      const { email, displayName, role, liaisonAreas = [] } = command;
      const id = await users.insert(actor.tenantId, { email, displayName, role, liaisonAreas, passwordHash });
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
      return created;
    });
  }
}
