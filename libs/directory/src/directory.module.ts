import { Module } from '@nestjs/common';
import { CasesModule } from '#libs/cases';
import { ListOrganizationDirectory } from './list-organization-directory.usecase.js';
import { ListProgramCatalogue } from './list-program-catalogue.usecase.js';
import { ListStaff } from './list-staff.usecase.js';

/** The directories people look things up in: the programs open to them, and (for staff) the municipality's people and organizations. */
@Module({
  imports: [CasesModule],
  providers: [ListProgramCatalogue, ListStaff, ListOrganizationDirectory],
  exports: [ListProgramCatalogue, ListStaff, ListOrganizationDirectory],
})
export class DirectoryModule {}
