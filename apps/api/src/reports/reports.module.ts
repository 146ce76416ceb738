import { Module } from '@nestjs/common';
import { FiscalYearCloseReportModule } from '#libs/fiscal-year-close';
import { ReportsController } from './reports.controller.js';

/** GET /reports/fiscal-year-close: the 未精算案件 report on demand, as JSON or CSV. */
@Module({
  imports: [FiscalYearCloseReportModule],
  controllers: [ReportsController],
})
export class ReportsModule {}
