import { Module } from '@nestjs/common';
import { FiscalYearCloseReporter } from './fiscal-year-close-reporter.service.js';
import { FiscalYearCloseScheduleKeeper } from './fiscal-year-close-schedule-keeper.service.js';
import { Clock } from '#libs/clock';
import { MailDeliveryModule } from '#libs/notifications';

/** The worker's side of the fiscal-year close report: its daily scheduler and the run. Sends through the worker's one mailer. */
@Module({
  imports: [MailDeliveryModule],
  providers: [Clock, FiscalYearCloseReporter, FiscalYearCloseScheduleKeeper],
  exports: [FiscalYearCloseReporter, FiscalYearCloseScheduleKeeper],
})
export class FiscalYearCloseDeliveryModule {}
