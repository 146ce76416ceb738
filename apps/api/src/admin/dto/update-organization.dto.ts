import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateIf } from 'class-validator';
import { IsText } from '../../cases/dto/field-validators.js';
import { IsPopulation } from './admin-fields.validators.js';

/** What may change; the type may not (programs check eligibility by it). Absent fields stay as they are. */
export class UpdateOrganizationDto {
  @ApiPropertyOptional({ example: '舞川地区地域協働体', maxLength: 200 })
  @ValidateIf((_, value) => value !== undefined)
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ example: '舞川', maxLength: 100 })
  @ValidateIf((_, value) => value !== undefined)
  @IsText(100)
  area?: string;

  @ApiPropertyOptional({ type: Number, example: 4300, minimum: 0, nullable: true, description: 'null: not known' })
  @IsOptional()
  @IsPopulation()
  population?: number | null;
}
