import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { requireAdministrator } from './administrator.policy.js';
import { ProgramCatalogRepository } from './program-catalog.repository.js';
import type { ProgramSummary } from './program-summary.view.js';

/** The municipality's programs: the latest version of each code, with the numbers of all versions. */
@Injectable()
export class ListPrograms {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(actor: AdministrationActor): Promise<ProgramSummary[]> {
    requireAdministrator(actor, text('制度の一覧', 'list programs'));
    return this.unitOfWork.run((manager) => new ProgramCatalogRepository(manager).summaries(actor.tenantId));
  }
}
