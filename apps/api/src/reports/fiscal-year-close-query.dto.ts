import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateBy } from 'class-validator';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const FISCAL_YEAR_MESSAGE = 'fiscalYear must be a fiscal year (年度) as a whole number from 2000 to 2100, e.g. 2025 for 令和7年度';

export class FiscalYearCloseQueryDto {
  @ApiProperty({ example: 2025, minimum: 2000, maximum: 2100, description: '年度 whose accounts close on 31 May of the next calendar year (2025: 令和7年度, closing 2026-05-31)' })
  @Type(() => Number)
  // One rule, so a wrong value is told once.
  @ValidateBy({
    name: 'isFiscalYear',
    validator: { validate: (value: unknown) => Number.isInteger(value) && (value as number) >= 2000 && (value as number) <= 2100, defaultMessage: () => FISCAL_YEAR_MESSAGE },
  })
  fiscalYear!: number;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv: the cases as CSV for Excel (UTF-8 with BOM); the same as `Accept: text/csv`' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: `format must be one of ${REPORT_FORMATS.join(', ')}` })
  format?: ReportFormat;
}
