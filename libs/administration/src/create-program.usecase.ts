import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry } from '#libs/audit';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { requireAdministrator } from './administrator.policy.js';
import { admitProgram } from './admit-program.js';
import type { ProgramVersionView } from './program-detail.view.js';
import { ProgramCatalogRepository } from './program-catalog.repository.js';

/** A new program of the municipality, stored as its version 1. */
@Injectable()
export class CreateProgram {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(actor: AdministrationActor, definition: unknown): Promise<ProgramVersionView> {
    requireAdministrator(actor, text('制度の登録', 'create programs'));
    return this.unitOfWork.run(async (manager) => {
      const catalog = new ProgramCatalogRepository(manager);
      const program = admitProgram(definition, { tenantCode: await catalog.tenantCode(actor.tenantId), pathCode: null });
      const latestVersion = await catalog.lockLatestVersion(actor.tenantId, program.code);
      // Two admins creating the same code at once: the second insert meets the unique key.
      if (latestVersion !== null || !(await catalog.insert(actor.tenantId, program))) {
        throw new AdministrationException(
          AdministrationErrorCode.ProgramExists,
          text(
            `制度コード「${program.code}」の制度はすでにあります。内容を変えるときは新しい版を追加してください。`,
            `program ${program.code} exists already; add a version with POST /admin/programs/{code}/versions`,
          ),
          { programCode: program.code, latestVersion: latestVersion ?? 1 },
        );
      }
      await appendAdministrationEntry(manager, {
        actor,
        action: 'program.created',
        subjectId: program.code,
        payload: { after: { version: program.version, definition: program } },
        occurredAt: this.clock.now(),
      });
      return (await catalog.version(actor.tenantId, program.code, program.version))!;
    });
  }
}
