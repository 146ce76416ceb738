import { Module } from '@nestjs/common';
import { FiscalYearCloseReporter } from './fiscal-year-close-reporter.service.js';
import { FiscalYearCloseScheduleKeeper } from './fiscal-year-close-schedule-keeper.service.js';
import { ReminderDeliveryModule } from './reminder-delivery.module.js';

/** The worker's side of the fiscal-year close report: its daily scheduler and the run. Sends through the reminders' mailer. */
@Module({
  imports: [ReminderDeliveryModule],
  providers: [FiscalYearCloseReporter, FiscalYearCloseScheduleKeeper],
  exports: [FiscalYearCloseReporter, FiscalYearCloseScheduleKeeper],
})
export class FiscalYearCloseDeliveryModule {}
