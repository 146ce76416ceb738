import { text } from '#libs/errors';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { type AdministrationEntryPage, listAdministrationEntries, verifyAdministrationChains, verifyAuditChains } from '#libs/audit';
import { AdministratorsOnly } from '../admin/administrators-only.decorator.js';
import { AdministrationEntryPageResponseDto } from './administration-entry-response.dto.js';
import { AuditVerificationResponseDto } from './audit-verification-response.dto.js';
import { ListAdministrationEntriesQueryDto } from './list-administration-entries-query.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('admin/audit')
export class AuditController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Walks every hash chain of the administrator's municipality, its cases' and its
   * administrators', and names the first broken entry of each. Synchronous: fine for one
   * municipality's trail; `npm run audit:verify` walks all.
   */
  @Get('verify')
  @AdministratorsOnly(text('監査証跡の検証', 'verify the audit trail'))
  @ApiOperation({ summary: "Verify the audit trail's hash chains of your municipality, cases' and administrators' (admin)" })
  @ApiOkResponse({ type: AuditVerificationResponseDto })
  async verify(@CurrentUser() user: AuthenticatedUser): Promise<AuditVerificationResponseDto> {
    const cases = await verifyAuditChains(this.dataSource, { tenantId: user.tenantId });
    const administration = await verifyAdministrationChains(this.dataSource, { tenantId: user.tenantId });
    return { ...cases, administration };
  }

  @Get('administration')
  @AdministratorsOnly(text('監査証跡の閲覧', 'read the audit trail'))
  @ApiOperation({ summary: "What your municipality's administrators changed, newest first, a page at a time (admin)" })
  @ApiOkResponse({ type: AdministrationEntryPageResponseDto })
  @ApiBadRequestResponse({ description: 'a query parameter is wrong; the message names it' })
  administration(@CurrentUser() user: AuthenticatedUser, @Query() query: ListAdministrationEntriesQueryDto): Promise<AdministrationEntryPage> {
    return listAdministrationEntries(this.dataSource, user.tenantId, { action: query.action ?? null, before: query.before ?? null, limit: query.limit });
  }
}
