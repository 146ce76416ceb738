import { ApiProperty } from '@nestjs/swagger';
import type { OrganizationType } from '#libs/programs';
import { ORGANIZATION_TYPES } from './create-organization.dto.js';

export class OrganizationMemberResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'applicant@ichinoseki.example' }) email!: string;
  @ApiProperty({ example: '舞川 花子 (舞川地区地域協働体 事務局)' }) displayName!: string;
}

export class OrganizationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type!: OrganizationType;
  @ApiProperty({ example: '地域協働体' }) typeJa!: string;
  @ApiProperty({ example: '舞川' }) area!: string;
  @ApiProperty({ type: Number, nullable: true, example: 4300 }) population!: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: [OrganizationMemberResponseDto], description: 'applicants who act for it' }) members!: OrganizationMemberResponseDto[];
}
