import { Injectable } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { type CaseUser } from '#libs/cases';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import { type ProgramTerms, programTerms } from '#libs/programs';
import { latestPrograms, organizationsOfMember } from './program-catalogue.repository.js';

/** A program of the catalogue, and for an applicant the organizations of theirs that may apply. */
export interface CatalogueProgram extends ProgramTerms {
  /** For an applicant: their organizations whose type the program takes (empty: none may). For staff: empty. */
  applicableOrganizations: Array<{ id: string; name: string }>;
}

/**
 * GET /programs: the programs one may apply to now and soon (open, not yet open, or taken all
 * year; a closed window is left out), as the applicant reads them. An applicant sees those
 * their organizations may apply to; staff see every one of the municipality.
 */
@Injectable()
export class ListProgramCatalogue {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(user: CaseUser): Promise<CatalogueProgram[]> {
    const on = tokyoDateOf(this.clock.now());
    return this.unitOfWork.read(async (manager) => {
      const programs = await latestPrograms(manager, user.tenantId);
      const organizations = user.role === 'applicant' ? await organizationsOfMember(manager, user.tenantId, user.organizationIds) : [];
      return programs
        .map((program) => ({
          ...programTerms(program, on),
          applicableOrganizations: organizations
            .filter((organization) => program.eligibleOrganizationTypes.includes(organization.type))
            .map(({ id, name }) => ({ id, name })),
        }))
        .filter((program) => program.window.status !== 'closed')
        .filter((program) => user.role !== 'applicant' || program.applicableOrganizations.length > 0);
    });
  }
}
