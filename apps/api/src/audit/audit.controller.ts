import { Controller, ForbiddenException, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { type AuditVerificationResult, verifyAuditChains } from '#libs/audit';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('admin/audit')
export class AuditController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Walks every hash chain of the administrator's municipality and names the first broken
   * entry. Synchronous: fine for one municipality's trail; `npm run audit:verify` walks all.
   */
  @Get('verify')
  @ApiOperation({ summary: "Verify the audit trail's hash chains of your municipality (admin)" })
  verify(@CurrentUser() user: AuthenticatedUser): Promise<AuditVerificationResult> {
    if (user.role !== 'admin') throw new ForbiddenException('only admin may verify the audit trail');
    return verifyAuditChains(this.dataSource, { tenantId: user.tenantId });
  }
}
