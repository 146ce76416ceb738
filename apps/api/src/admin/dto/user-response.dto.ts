import { ApiProperty } from '@nestjs/swagger';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';

export class UserOrganizationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
}

/** An account; never its password or hash. */
export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'officer@ichinoseki.example' }) email!: string;
  @ApiProperty({ example: '一関 太郎 (まちづくり推進課)' }) displayName!: string;
  @ApiProperty({ enum: CASE_ROLES }) role!: CaseRole;
  @ApiProperty({ type: [String], description: '地域担当職員: the areas whose cases they see; empty means all' }) liaisonAreas!: string[];
  @ApiProperty({ type: [UserOrganizationResponseDto], description: 'organizations the user acts for' }) organizations!: UserOrganizationResponseDto[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
