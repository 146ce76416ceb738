import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { programNotFound } from './not-found.js';
import { requireAdministrator } from './administrator.policy.js';
import type { ProgramDetail } from './program-detail.view.js';
import { ProgramCatalogRepository } from './program-catalog.repository.js';

/** Every version of one program of the municipality, with its definition and case count. */
@Injectable()
export class ReadProgram {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(actor: AdministrationActor, code: string): Promise<ProgramDetail> {
    requireAdministrator(actor, text('制度の閲覧', 'read programs'));
    return this.unitOfWork.run(async (manager) => {
      const versions = await new ProgramCatalogRepository(manager).versions(actor.tenantId, code);
      const latest = versions.at(-1);
      if (!latest) throw programNotFound(code);
      return { code, latestVersion: latest.version, versions };
    });
  }
}
