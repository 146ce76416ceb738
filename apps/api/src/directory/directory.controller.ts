import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { type CatalogueProgram, ListOrganizationDirectory, ListProgramCatalogue, ListStaff, type OrganizationDirectoryView, type StaffView } from '#libs/directory';
import { ApiRefusals } from '../errors/api-refusals.decorator.js';
import { CatalogueProgramDto } from './program-catalogue.dto.js';
import { OrganizationDirectoryDto, StaffDto, StaffQueryDto } from './directory.dto.js';

@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(
    private readonly programs: ListProgramCatalogue,
    private readonly staff: ListStaff,
    private readonly organizations: ListOrganizationDirectory,
  ) {}

  @Get('programs')
  @ApiOperation({
    summary: 'The programs you may apply to now and soon: what they fund, the rate and caps, the window, the papers needed',
    description: '申請団体には、その団体が申請できる制度だけを示します。受付を終えた制度は含みません。',
  })
  @ApiOkResponse({ type: [CatalogueProgramDto] })
  programCatalogue(@CurrentUser() user: AuthenticatedUser): Promise<CatalogueProgram[]> {
    return this.programs.execute(user);
  }

  @Get('directory/users')
  @ApiOperation({ summary: "The municipality's people by role, for staff (an officer picking a reviewer: role=reviewer&forCase=…)" })
  @ApiOkResponse({ type: [StaffDto] })
  @ApiRefusals({ 403: 'DIRECTORY_FORBIDDEN: applicants, reviewers and administrators do not read it (`allowedRoles`)', 404: 'CASE_NOT_FOUND: forCase names no case you may see' })
  users(@CurrentUser() user: AuthenticatedUser, @Query() query: StaffQueryDto): Promise<StaffView[]> {
    return this.staff.execute(user, { role: query.role ?? null, forCase: query.forCase ?? null });
  }

  @Get('directory/organizations')
  @ApiOperation({ summary: 'The applicant organizations with their members, for staff (a liaison officer: their areas)' })
  @ApiOkResponse({ type: [OrganizationDirectoryDto] })
  @ApiRefusals({ 403: 'DIRECTORY_FORBIDDEN' })
  organizationDirectory(@CurrentUser() user: AuthenticatedUser): Promise<OrganizationDirectoryView[]> {
    return this.organizations.execute(user);
  }
}
