import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { CaseListFilter } from '#libs/cases';
import { CASE_STATE_LABELS } from '#libs/lifecycle';
import { IsText } from './field-validators.js';

/** Query strings are text: only the exact words true and false are booleans. */
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
/** A pasted case number often carries a space at either end. */
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What narrows the case list, the same for a page of it (GET /cases) and for its export (GET /cases/export.csv). */
export class CaseListFilterQueryDto {
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

  @ApiPropertyOptional({ example: '舞川', maxLength: 50, description: "地区: the organization's area, exactly as recorded" })
  @IsOptional()
  @IsText(50)
  area?: string;

  @ApiPropertyOptional({
    example: 'R7-協働支援-00',
    maxLength: 100,
    description:
      '受付番号（先頭から、大文字小文字を区別しない）または団体名の一部 / a case number or its start (any case), or part of the organization’s name; % and _ match only themselves',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsText(100)
  q?: string;

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

  @ApiPropertyOptional({
    enum: ['near', 'past'],
    description: '標準処理期間: cases still awaiting a decision whose standard processing time is near its end (within its reminder days) or past it',
  })
  @IsOptional()
  @IsIn(['near', 'past'], { message: 'processingPeriod must be near or past' })
  processingPeriod?: 'near' | 'past';
}

/** The query's filters in the use cases' words. */
export function caseListFilter(query: CaseListFilterQueryDto): CaseListFilter {
  const { program, state, fiscalYear, organization, area, q, assignedToMe, overdue, processingPeriod } = query;
  return { programCode: program, state, fiscalYear, organizationId: organization, area, search: q, assignedToMe, overdue, processingPeriod };
}
