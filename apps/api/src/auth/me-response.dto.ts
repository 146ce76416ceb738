import { ApiProperty } from '@nestjs/swagger';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';
import { OrganizationSummaryDto } from './organization-summary.dto.js';
import { TenantSummaryDto } from './tenant-summary.dto.js';

export class MeResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'applicant@ichinoseki.example' })
  email!: string;

  @ApiProperty({ example: '舞川 花子 (舞川地区地域協働体 事務局)' })
  displayName!: string;

  @ApiProperty({ enum: CASE_ROLES })
  role!: CaseRole;

  @ApiProperty({ type: [String], description: '地域担当職員: the areas whose cases they see; empty means all' })
  liaisonAreas!: string[];

  @ApiProperty({ type: TenantSummaryDto })
  tenant!: TenantSummaryDto;

  @ApiProperty({ type: [OrganizationSummaryDto], description: 'Organizations the user acts for' })
  organizations!: OrganizationSummaryDto[];
}
