import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { FISCAL_YEAR_CLOSE_REPORT_READERS, ReadFiscalYearCloseReport } from '#libs/fiscal-year-close';
import { fiscalYearCloseCsv, type FiscalYearCloseReport } from '#libs/reminders';
import { noticeDisposition } from '../notices/notice-disposition.js';
import { FiscalYearCloseQueryDto } from './fiscal-year-close-query.dto.js';
import { FiscalYearCloseReportDto } from './fiscal-year-close-report-response.dto.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly readFiscalYearCloseReport: ReadFiscalYearCloseReport) {}

  @Get('fiscal-year-close')
  @ApiOperation({
    summary: 'Cases of a fiscal year still unsettled before its accounts close on 31 May (出納整理期間): counts by program and state, and the list',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: FiscalYearCloseReportDto, description: 'JSON; CSV (UTF-8 with BOM, for Excel) with `Accept: text/csv` or `format=csv`' })
  @ApiForbiddenResponse({ description: `REPORT_FORBIDDEN: read by ${FISCAL_YEAR_CLOSE_REPORT_READERS.join(', ')} only (allowedRoles)` })
  async fiscalYearClose(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: FiscalYearCloseQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FiscalYearCloseReport | StreamableFile> {
    const report = await this.readFiscalYearCloseReport.execute(user, query.fiscalYear);
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Vary', 'Accept');
    const csv = query.format === 'csv' || (query.format === undefined && (accept ?? '').toLowerCase().includes('text/csv'));
    if (!csv) return report;
    return new StreamableFile(Buffer.from(fiscalYearCloseCsv(report), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: noticeDisposition('attachment', `${report.fiscalYearLabel}_未精算案件_${report.asOf}.csv`),
    });
  }
}
