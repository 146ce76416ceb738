import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CASE_STATE_LABELS } from '#libs/lifecycle';
import { IsText } from './field-validators.js';

/** Query strings are text: only the exact words true and false are booleans. */
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListCasesQueryDto {
  @ApiPropertyOptional({ description: 'program code, e.g. 協働支援' })
  @IsOptional()
  @IsText(50)
  program?: string;

  @ApiPropertyOptional({ enum: Object.keys(CASE_STATE_LABELS) })
  @IsOptional()
  @IsIn(Object.keys(CASE_STATE_LABELS), { message: `state must be one of ${Object.keys(CASE_STATE_LABELS).join(', ')}` })
  state?: string;

  @ApiPropertyOptional({ example: 2025, description: '年度 (April to March)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'fiscalYear must be a year, e.g. 2025' })
  @Min(2000, { message: 'fiscalYear must be a year, e.g. 2025' })
  @Max(2100, { message: 'fiscalYear must be a year, e.g. 2025' })
  fiscalYear?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'organization must be an organization id (UUID)' })
  organization?: string;

  @ApiPropertyOptional({ description: 'cases I am assigned to review' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'assignedToMe must be true or false' })
  assignedToMe?: boolean;

  @ApiPropertyOptional({ description: 'cases with a deadline passed and not met' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 100' })
  @Min(1, { message: 'limit must be a whole number from 1 to 100' })
  @Max(100, { message: 'limit must be a whole number from 1 to 100' })
  limit: number = 20;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
