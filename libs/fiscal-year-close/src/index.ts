export { FiscalYearCloseDeliveryModule } from './fiscal-year-close-delivery.module.js';
export { FiscalYearCloseReportErrorCode, FiscalYearCloseReportException } from './fiscal-year-close-report.exception.js';
export { FiscalYearCloseReportModule } from './fiscal-year-close-report.module.js';
export { FISCAL_YEAR_CLOSE_REPORT_READERS, ReadFiscalYearCloseReport } from './fiscal-year-close-report.usecase.js';
export { FiscalYearCloseReporter } from './fiscal-year-close-reporter.service.js';
export { FiscalYearCloseScheduleKeeper } from './fiscal-year-close-schedule-keeper.service.js';
