import { text } from '#libs/errors';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import {
  AddOrganizationMember,
  CreateOrganization,
  ListOrganizations,
  type OrganizationView,
  RemoveOrganizationMember,
  UpdateOrganization,
} from '#libs/administration';
import { AdministratorsOnly } from './administrators-only.decorator.js';
import { CreateOrganizationDto } from './dto/create-organization.dto.js';
import { OrganizationResponseDto } from './dto/organization-response.dto.js';
import { UpdateOrganizationDto } from './dto/update-organization.dto.js';
import { uuidParam } from '../pipes/uuid-param.pipe.js';

const organizationId = uuidParam('id', 'an organization id');
const userId = uuidParam('userId', 'a user id');

@ApiTags('admin')
@ApiBearerAuth()
@AdministratorsOnly(text('団体の管理', 'manage organizations'))
@Controller('admin/organizations')
export class AdminOrganizationsController {
  constructor(
    private readonly listOrganizations: ListOrganizations,
    private readonly createOrganization: CreateOrganization,
    private readonly updateOrganization: UpdateOrganization,
    private readonly addMember: AddOrganizationMember,
    private readonly removeMember: RemoveOrganizationMember,
  ) {}

  @Get()
  @ApiOperation({ summary: "Your municipality's applicant organizations, with their members (admin)" })
  @ApiOkResponse({ type: [OrganizationResponseDto] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<OrganizationView[]> {
    return this.listOrganizations.execute(user);
  }

  @Post()
  @ApiOperation({ summary: 'Create an applicant organization (admin)' })
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateOrganizationDto): Promise<OrganizationView> {
    return this.createOrganization.execute(user, { name: body.name, type: body.type, area: body.area, population: body.population ?? null });
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change an organization's name, area or population (admin)" })
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiNotFoundResponse({ description: 'ADMIN_ORGANIZATION_NOT_FOUND' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', organizationId) id: string,
    @Body() body: UpdateOrganizationDto,
  ): Promise<OrganizationView> {
    return this.updateOrganization.execute(user, id, { name: body.name, area: body.area, population: body.population });
  }

  @Post(':id/members/:userId')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Let an applicant act for the organization; a second time changes nothing (admin)' })
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiNotFoundResponse({ description: 'ADMIN_ORGANIZATION_NOT_FOUND or ADMIN_USER_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'ADMIN_MEMBER_ROLE_NOT_ALLOWED: only applicants act for organizations' })
  addMembership(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', organizationId) id: string,
    @Param('userId', userId) memberId: string,
  ): Promise<OrganizationView> {
    return this.addMember.execute(user, id, memberId);
  }

  @Delete(':id/members/:userId')
  @ApiOperation({ summary: 'End a membership: the user no longer acts for the organization (admin)' })
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiNotFoundResponse({ description: 'ADMIN_ORGANIZATION_NOT_FOUND, ADMIN_USER_NOT_FOUND or ADMIN_MEMBERSHIP_NOT_FOUND' })
  removeMembership(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', organizationId) id: string,
    @Param('userId', userId) memberId: string,
  ): Promise<OrganizationView> {
    return this.removeMember.execute(user, id, memberId);
  }
}
