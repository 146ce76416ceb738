import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { IsText } from './field-validators.js';

export class OpenCaseDto {
  @ApiProperty({ example: '協働支援', description: 'program code of the tenant' })
  @IsText(50)
  programCode!: string;

  @ApiProperty({ description: 'the applicant organization' })
  @IsUUID('all', { message: 'organizationId must be an organization id (UUID)' })
  organizationId!: string;

  @ApiProperty({ enum: ['consultation', 'application'], description: '相談 first, or a draft application' })
  @IsIn(['consultation', 'application'], { message: 'start must be consultation or application' })
  start!: 'consultation' | 'application';
}
