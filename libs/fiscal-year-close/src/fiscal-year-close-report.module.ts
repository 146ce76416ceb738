import { Module } from '@nestjs/common';
import { Clock } from '#libs/clock';
import { ReadFiscalYearCloseReport } from './fiscal-year-close-report.usecase.js';

/** What the API offers about the fiscal-year close: the report on demand. `Clock` is here to be replaced in tests. */
@Module({
  providers: [Clock, ReadFiscalYearCloseReport],
  exports: [ReadFiscalYearCloseReport],
})
export class FiscalYearCloseReportModule {}
