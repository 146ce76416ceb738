import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ORGANIZATION_TYPE_LABELS, type OrganizationType } from '#libs/programs';
import { IsText } from '../../cases/dto/field-validators.js';
import { IsPopulation } from './admin-fields.validators.js';

export const ORGANIZATION_TYPES = Object.keys(ORGANIZATION_TYPE_LABELS) as OrganizationType[];

export class CreateOrganizationDto {
  @ApiProperty({ example: '舞川地区地域協働体', maxLength: 200 })
  @IsText(200)
  name!: string;

  @ApiProperty({
    enum: ORGANIZATION_TYPES,
    description: Object.entries(ORGANIZATION_TYPE_LABELS).map(([type, ja]) => `${type}: ${ja}`).join('; '),
  })
  @IsIn(ORGANIZATION_TYPES, { message: `type must be one of ${ORGANIZATION_TYPES.join(', ')}` })
  type!: OrganizationType;

  @ApiProperty({ example: '舞川', maxLength: 100, description: 'the area (地区) it serves; liaison officers are scoped by it' })
  @IsText(100)
  area!: string;

  @ApiPropertyOptional({ type: Number, example: 4300, minimum: 0, nullable: true, description: "the area's population, for 地域割" })
  @IsOptional()
  @IsPopulation()
  population?: number | null;
}
