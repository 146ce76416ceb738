import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { programNotFound } from './not-found.js';
import { requireAdministrator } from './administrator.policy.js';
import { admitProgram } from './admit-program.js';
import type { ProgramVersionView } from './program-detail.view.js';
import { ProgramCatalogRepository } from './program-catalog.repository.js';

/**
 * A new version of a program: the latest + 1. Earlier versions stay as they are, because a
 * case keeps the version it was filed under; new cases take the new one.
 */
@Injectable()
export class AddProgramVersion {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, code: string, definition: unknown): Promise<ProgramVersionView> {
    requireAdministrator(actor, text('制度の改定', 'add program versions'));
    return this.unitOfWork.run(async (manager) => {
      const catalog = new ProgramCatalogRepository(manager);
      const program = admitProgram(definition, { tenantCode: await catalog.tenantCode(actor.tenantId), pathCode: code });
      const latestVersion = await catalog.lockLatestVersion(actor.tenantId, code);
      if (latestVersion === null) throw programNotFound(code);
      const conflict = () =>
        new AdministrationException(
          AdministrationErrorCode.ProgramVersionConflict,
          text(
            `版の番号は、最新の版${latestVersion}の次の${latestVersion + 1}にしてください（送られた番号は${program.version}）。ほかの管理者が先に改定した可能性があります。`,
            `version must be ${latestVersion + 1}, the next after the latest version ${latestVersion} (got ${program.version})`,
          ),
          { latestVersion, expectedVersion: latestVersion + 1 },
        );
      if (program.version !== latestVersion + 1) throw conflict();
      if (!(await catalog.insert(actor.tenantId, program))) throw conflict();
      await appendAdministrationEntry(manager, {
        actor,
        action: 'program.versionAdded',
        subjectId: code,
        payload: { before: { latestVersion }, after: { version: program.version, definition: program } },
        occurredAt: this.clock.now(),
      });
      return (await catalog.version(actor.tenantId, code, program.version))!;
    });
  }
}
