import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { requireAdministrator } from './administrator.policy.js';
import { UserDirectoryRepository } from './user-directory.repository.js';
import type { UserView } from './user.view.js';

/** The municipality's accounts: administrators first, then by role and email. */
@Injectable()
export class ListUsers {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(actor: AdministrationActor): Promise<UserView[]> {
    requireAdministrator(actor, text('利用者の一覧', 'list users'));
    return this.unitOfWork.run((manager) => new UserDirectoryRepository(manager).list(actor.tenantId));
  }
}
