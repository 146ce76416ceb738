import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { OrganizationDirectoryView, StaffView } from '#libs/directory';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';
import { ORGANIZATION_TYPE_LABELS, type OrganizationType } from '#libs/programs';
import { ActionProblemDto } from '../cases/dto/case-view.dto.js';
import { inJapanese } from '../errors/validation-problems.js';

const LISTED_ROLES = CASE_ROLES.filter((role) => role !== 'admin');

export class StaffQueryDto {
  @ApiPropertyOptional({ enum: LISTED_ROLES, description: '役割で絞る（審査員を選ぶときは reviewer） / only this role' })
  @IsOptional()
  @IsIn(LISTED_ROLES, { message: `role must be one of ${LISTED_ROLES.join(', ')}`, ...inJapanese((field) => `${field}は役割の名前（reviewer など）で指定してください。`) })
  role?: CaseRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'この案件に割り当てられない理由を添える / say who cannot be assigned to this case, and why' })
  @IsOptional()
  @IsUUID('all', { message: 'forCase must be a case id (UUID)', ...inJapanese((field) => `${field}の指定が正しくありません。`) })
  forCase?: string;
}

class MemberOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
}

export class StaffDto implements StaffView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '審査 一郎' }) displayName!: string;
  @ApiProperty({ enum: CASE_ROLES }) role!: CaseRole;
  @ApiProperty({ example: '審査員' }) roleJa!: string;
  @ApiProperty({ type: [String], description: '地域担当職員の担当地域（空はすべて）' }) liaisonAreas!: string[];
  @ApiProperty({ type: [MemberOrganizationDto], description: '会員である団体（その団体の申請は審査できない）' }) organizations!: MemberOrganizationDto[];
  @ApiProperty({ type: [ActionProblemDto], description: 'forCase: この案件に割り当てられない理由（空なら割り当てられる）' }) assignmentProblems!: ActionProblemDto[];
}

class OrganizationMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '会計 花子' }) displayName!: string;
}

export class OrganizationDirectoryDto implements OrganizationDirectoryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
  @ApiProperty({ enum: Object.keys(ORGANIZATION_TYPE_LABELS), example: 'communityCollaborationBody' }) type!: OrganizationType;
  @ApiProperty({ example: '地域協働体' }) typeJa!: string;
  @ApiProperty({ example: '舞川' }) area!: string;
  @ApiProperty({ type: Number, nullable: true }) population!: number | null;
  @ApiProperty({ type: [OrganizationMemberDto] }) members!: OrganizationMemberDto[];
}
