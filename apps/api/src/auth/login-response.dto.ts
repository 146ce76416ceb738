import { ApiProperty } from '@nestjs/swagger';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';
import { TenantSummaryDto } from './tenant-summary.dto.js';

export class LoggedInUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '舞川 花子 (舞川地区地域協働体 事務局)' })
  displayName!: string;

  @ApiProperty({ enum: CASE_ROLES })
  role!: CaseRole;

  @ApiProperty({ type: TenantSummaryDto })
  tenant!: TenantSummaryDto;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ format: 'date-time', description: 'When the token stops working (JWT_TTL_SECONDS after login)' })
  expiresAt!: string;

  @ApiProperty({ type: LoggedInUserDto })
  user!: LoggedInUserDto;

  @ApiProperty({ description: 'the password is a one-time one an administrator set: only POST /auth/password (and GET /auth/session, /me, logout) is open until it is changed' })
  passwordChangeRequired!: boolean;
}
